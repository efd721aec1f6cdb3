import { type EventFilter } from '../language/rule-set';
import { type RecordSnapshot, type RulesEvent } from './machine';

// Small pure helpers of the interpreter: event filters, the record's fields, copies of state.

export function matches(filter: EventFilter, event: RulesEvent): boolean {
  if (filter.event !== event.type) return false;
  if (filter.event === 'activity_completed' && event.type === 'activity_completed') {
    return (
      (!filter.activity || filter.activity === event.activity) &&
      (!filter.outcome || filter.outcome === event.outcome)
    );
  }
  if (filter.event === 'field_changed' && event.type === 'field_changed') {
    return (
      filter.field === event.field &&
      (filter.to === undefined || String(filter.to) === String(event.value))
    );
  }
  return true;
}

/** Sets `deal.custom.segment` style paths in the snapshot. */
export function setField(record: RecordSnapshot, field: string, value: unknown): void {
  const path = field.split('.');
  let target: Record<string, unknown> = record;
  for (const part of path.slice(0, -1)) {
    const next = target[part];
    if (next === null || typeof next !== 'object') target[part] = {};
    target = target[part] as Record<string, unknown>;
  }
  target[path[path.length - 1]] = value;
}

/** Structured clone of plain data, without relying on a global the workflow sandbox may lack. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
