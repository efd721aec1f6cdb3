import {
  type ActivityType,
  type EventFilter,
  EVENT_TYPES,
  EVENTS_OF_KIND,
} from '../language/rule-set';
import { type CheckContext, type Json } from './check-context';
import { type PathPart, suggestion } from './problems';

/** Reads the event a transition waits for: its name, and its filter where it has one. */
export function readEvent(
  ctx: CheckContext,
  on: unknown,
  path: PathPart[],
): EventFilter | undefined {
  const [name, params] =
    typeof on === 'string'
      ? [on, {}]
      : on && typeof on === 'object' && Object.keys(on).length === 1
        ? Object.entries(on as Json)[0]
        : [undefined, undefined];
  if (typeof name !== 'string') {
    ctx.error(
      path,
      `an event is a name (like quote_sent) or one name with its filter (like activity_completed: { type: call })`,
    );
    return undefined;
  }
  if (!(EVENT_TYPES as readonly string[]).includes(name)) {
    ctx.error(
      typeof on === 'string' ? path : [...path, name],
      `unknown event "${name}"${suggestion(name, EVENT_TYPES)}; the events are: ${EVENT_TYPES.join(', ')}`,
      { atKey: typeof on !== 'string' },
    );
    return undefined;
  }
  const ofKind = EVENTS_OF_KIND[name as EventFilter['event']];
  if (ofKind !== 'both' && ofKind !== ctx.kind) {
    ctx.error(
      path,
      `${name} happens only in ${ofKind === 'lead' ? 'lead rules' : 'deal pipelines'}`,
    );
    return undefined;
  }
  const p = (params ?? {}) as Json;
  const allowedKeys: Record<string, string[]> = {
    activity_completed: ['type', 'outcome'],
    field_changed: ['field', 'to'],
  };
  if (p === null || typeof p !== 'object' || Array.isArray(p)) {
    ctx.error(
      [...path, name],
      'the event filter is a map, like { type: call, outcome: interested }',
    );
    return undefined;
  }
  for (const key of Object.keys(p)) {
    if (!(allowedKeys[name] ?? []).includes(key)) {
      const keys = allowedKeys[name] ?? [];
      ctx.error(
        [...path, name, key],
        keys.length
          ? `unknown filter "${key}" of ${name}; it takes: ${keys.join(', ')}`
          : `${name} takes no filter`,
        { atKey: true },
      );
    }
  }
  if (name === 'activity_completed') {
    if (p.type !== undefined && !ctx.activityType(p.type, [...path, name, 'type']))
      return undefined;
    if (p.outcome !== undefined && typeof p.outcome !== 'string') {
      ctx.error([...path, name, 'outcome'], 'an outcome is a word, like interested');
    }
    return {
      event: 'activity_completed',
      ...(p.type !== undefined ? { activity: p.type as ActivityType } : {}),
      ...(typeof p.outcome === 'string' ? { outcome: p.outcome } : {}),
    };
  }
  if (name === 'field_changed') {
    if (typeof p.field !== 'string') {
      ctx.error(
        [...path, name],
        'field_changed needs the field, like { field: deal.source, to: partner }',
      );
      return undefined;
    }
    ctx.fieldName(p.field, [...path, name, 'field']);
    return {
      event: 'field_changed',
      field: p.field,
      ...(p.to !== undefined ? { to: p.to as string } : {}),
    };
  }
  return { event: name } as EventFilter;
}
