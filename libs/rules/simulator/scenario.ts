import { type Problem } from '../checker/problems';
import { YamlSource } from '../checker/yaml-source';
import { parseDuration } from '../values/duration';
import { ACTIVITY_TYPES, type ActivityType } from '../language/rule-set';
import { type Actor, type RecordSnapshot } from '../interpreter/machine';

/** What happens to one record, at times relative to its creation. */
export interface Scenario {
  name: string;
  record: RecordSnapshot;
  /** How long to simulate at most (ms). */
  until: number;
  events: ScenarioEvent[];
}

export type ScenarioEvent = { at: number; line: number } & (
  | { type: 'activity_completed'; activity: ActivityType; outcome?: string }
  | { type: 'quote_accepted' | 'quote_declined' | 'quote_expired' | 'invoice_overdue' }
  | { type: 'payment'; amount: string }
  | { type: 'field_changed'; field: string; value: unknown }
  | {
      type: 'move';
      to: string;
      by: Actor;
      override: boolean;
      lossReason?: string;
      lossNote?: string;
    }
);

const EVENT_KEYS = [
  'activity_completed',
  'quote_accepted',
  'quote_declined',
  'quote_expired',
  'invoice_overdue',
  'payment',
  'field_changed',
  'move',
];
const DEFAULT_UNTIL = 120 * 24 * 3600_000;

type Json = Record<string, unknown>;

/**
 * Reads a scenario file:
 *
 *   name: Happy path
 *   record: { deal: { title: ACME, amount: "25000.00" } }
 *   until: 60d
 *   events:
 *     - { at: 2h, activity_completed: { type: call, outcome: interested } }
 *     - { at: 10d, payment: { amount: "12500.00" } }
 */
export function parseScenario(
  file: string,
  text: string,
): { scenario: Scenario } | { problems: Problem[] } {
  const yaml = YamlSource.parse(file, text);
  if (Array.isArray(yaml)) return { problems: yaml };
  const problems: Problem[] = [];
  const error = (path: (string | number)[], message: string) =>
    problems.push(yaml.problem('error', path, message));
  const data = yaml.data as Json;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return {
      problems: [yaml.problem('error', [], 'a scenario is a map with name, record and events')],
    };
  }
  for (const key of Object.keys(data)) {
    if (!['name', 'record', 'until', 'events'].includes(key))
      error([key], `unknown key "${key}"; a scenario has name, record, until and events`);
  }
  const record = data.record ?? {};
  if (
    typeof record !== 'object' ||
    Array.isArray(record) ||
    Object.values(record as Json).some((v) => typeof v !== 'object' || v === null)
  ) {
    error(
      ['record'],
      'record is a map of records, like { deal: { title: ACME, amount: "1000.00" } }',
    );
  }
  let until = DEFAULT_UNTIL;
  if (data.until !== undefined) {
    const d = parseDuration(data.until);
    if (d.ok) until = d.duration.ms;
    else error(['until'], d.reason);
  }
  const events: ScenarioEvent[] = [];
  if (!Array.isArray(data.events)) error(['events'], 'events is a list');
  else {
    data.events.forEach((raw: unknown, i: number) => {
      const path = ['events', i];
      const line = yaml.position(path).line;
      if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        return error(path, 'an event is a map: { at: 2h, quote_accepted: {} }');
      const e = raw as Json;
      let at = 0;
      if (e.at !== 0 && e.at !== '0') {
        const d = parseDuration(e.at);
        if (!d.ok) return error([...path, 'at'], `at: ${d.reason}`);
        at = d.duration.ms;
      }
      const keys = Object.keys(e).filter((k) => k !== 'at');
      if (keys.length !== 1 || !EVENT_KEYS.includes(keys[0])) {
        return error(path, `an event has "at" and one of: ${EVENT_KEYS.join(', ')}`);
      }
      const type = keys[0];
      const p = (e[type] ?? {}) as Json;
      switch (type) {
        case 'activity_completed':
          if (!(ACTIVITY_TYPES as readonly string[]).includes(String(p.type)))
            return error([...path, type, 'type'], `type is one of ${ACTIVITY_TYPES.join(', ')}`);
          events.push({
            at,
            line,
            type,
            activity: p.type as ActivityType,
            ...(p.outcome !== undefined ? { outcome: String(p.outcome) } : {}),
          });
          return;
        case 'payment':
          if (!/^\d+(\.\d{1,2})?$/.test(String(p.amount ?? '')))
            return error([...path, type, 'amount'], 'amount is a decimal, like "1250.00"');
          events.push({ at, line, type, amount: String(p.amount) });
          return;
        case 'field_changed':
          if (typeof p.field !== 'string')
            return error(
              [...path, type],
              'field_changed needs { field: deal.source, value: partner }',
            );
          events.push({ at, line, type, field: p.field, value: p.value ?? null });
          return;
        case 'move':
          if (typeof p.to !== 'string')
            return error(
              [...path, type],
              'move needs { to: <stage>, role: manager, override: false }',
            );
          events.push({
            at,
            line,
            type,
            to: p.to,
            by: { id: String(p.by ?? 'manager'), role: (p.role as Actor['role']) ?? 'manager' },
            override: p.override === true,
            ...(typeof p.loss_reason === 'string' ? { lossReason: p.loss_reason } : {}),
            ...(typeof p.loss_note === 'string' ? { lossNote: p.loss_note } : {}),
          });
          return;
        default:
          events.push({
            at,
            line,
            type: type as 'quote_accepted' | 'quote_declined' | 'quote_expired' | 'invoice_overdue',
          });
      }
    });
  }
  if (problems.length > 0) return { problems };
  return {
    scenario: {
      name: typeof data.name === 'string' ? data.name : file,
      record: record as RecordSnapshot,
      until,
      events: events.sort((a, b) => a.at - b.at || a.line - b.line),
    },
  };
}
