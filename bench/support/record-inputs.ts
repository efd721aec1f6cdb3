import {
  handle,
  type MachineState,
  type RecordInput,
  type RecordSnapshot,
  type RuleSet,
  type RulesEvent,
  start,
} from '../../libs/rules';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The inputs a b2b deal's workflow would have logged, made with the interpreter the way the
 * workflow applies them: timers fire when due (earliest first), a quote sent reports quote_sent,
 * then people's events. Five paths by `n % 5`: silence in "new" (its escalations fire), the call
 * done, the meeting done and the quote sent (its reminders fire), the quote accepted (invoice and
 * reminders), a field changed and a move by hand into negotiation.
 */
export function b2bDealInputs(
  rules: RuleSet,
  n: number,
  startedAt: number,
  now: number,
): { inputs: RecordInput[]; state: MachineState } {
  const snapshot: RecordSnapshot = {
    deal: { title: `Deal ${n}`, amount: `${1000 + (n % 40) * 500}.00`, currency: 'USD' },
    contact: { name: `Contact ${n}` },
  };
  const inputs: RecordInput[] = [
    { type: 'start', at: startedAt, version: rules.version, snapshot },
  ];
  let state = start(rules, snapshot, startedAt).state;
  const apply = (event: RulesEvent) => {
    inputs.push({ type: 'event', at: event.at, version: state.version, event });
    const step = handle(rules, state, event);
    state = step.state;
    if (step.commands.some((c) => c.type === 'send_quote'))
      apply({ type: 'quote_sent', at: event.at });
  };
  const fireUntil = (until: number) => {
    for (;;) {
      const due = Object.values(state.timers)
        .filter((t) => t.at <= until)
        .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))[0];
      if (!due || state.closed) return;
      apply({ type: 'timer_fired', at: due.at, timerId: due.id });
    }
  };
  const completed = (activity: 'call' | 'meeting', outcome: string) => (at: number) => {
    const key = Object.values(state.activities).find((a) => a.activity === activity)?.key;
    return {
      type: 'activity_completed' as const,
      at,
      activity,
      outcome,
      ...(key ? { key } : {}),
    };
  };
  const path = n % 5;
  const events: [number, (at: number) => RulesEvent][] = [];
  if (path >= 1 && path <= 3) events.push([2 * HOUR, completed('call', 'interested')]);
  if (path === 2 || path === 3) events.push([DAY, completed('meeting', 'qualified')]);
  if (path === 3) events.push([3 * DAY, (at) => ({ type: 'quote_accepted', at })]);
  if (path === 4) {
    events.push([
      HOUR,
      (at) => ({ type: 'field_changed', at, field: 'deal.amount', value: '9000.00' }),
    ]);
    events.push([
      2 * HOUR,
      (at) => ({
        type: 'manual_move',
        at,
        to: 'negotiation',
        by: { id: 'bench', role: 'manager' },
      }),
    ]);
  }
  for (const [after, event] of events) {
    const at = startedAt + after;
    if (at > now) break;
    fireUntil(at);
    apply(event(at));
  }
  fireUntil(now);
  return { inputs, state };
}
