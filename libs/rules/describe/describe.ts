import { actionPlugin, settingsOf } from '../actions/registry';
import { type EventFilter, type Transition } from '../language/rule-set';
import { type Command } from '../interpreter/machine';

export { describeAssignee, describeStep } from '../language/describe-step';

/**
 * One line of text for each construct, shared by the simulator's timeline and
 * by the diff, so both speak the same words.
 */

export function describeEvent(on: EventFilter): string {
  switch (on.event) {
    case 'activity_completed':
      return `${on.activity ?? 'activity'} completed${on.outcome ? ` (${on.outcome})` : ''}`;
    case 'field_changed':
      return `${on.field} changed${on.to !== undefined ? ` to ${JSON.stringify(on.to)}` : ''}`;
    default:
      return on.event.replace(/_/g, ' ');
  }
}

export function describeTransition(t: Transition): string {
  const when = t.on
    ? `on ${describeEvent(t.on)}`
    : t.after
      ? `after ${t.after.text}`
      : 'as soon as';
  const loss = t.lossReason ? ` (loss reason ${t.lossReason})` : '';
  return `→ ${t.to} ${when}${t.if ? ` if ${t.if.source}` : ''}${loss}`;
}

/**
 * A command as the simulator prints it: times relative to the start through
 * `at`, subjects filled in through `render`.
 */
export function describeCommand(
  c: Command,
  at: (ms: number) => string,
  render: (template: string) => string = (t) => t,
): { kind: string; text: string } | undefined {
  switch (c.type) {
    case 'move_stage': {
      const why =
        c.cause.kind === 'start'
          ? 'start'
          : c.cause.kind === 'manual'
            ? `moved by ${c.cause.by}`
            : `${c.cause.kind}${c.cause.event ? ` ${c.cause.event}` : ''}, rule ${c.cause.rule}`;
      const loss = c.cause.lossReason ? `, loss reason ${c.cause.lossReason}` : '';
      return { kind: 'stage', text: `${c.from ?? '∅'} → ${c.to} (${why}${loss})` };
    }
    case 'close':
      return { kind: 'closed', text: c.outcome };
    case 'start_timer':
      return { kind: 'timer set', text: `${at(c.at)}: ${render(c.description)}` };
    case 'cancel_timer':
      return undefined;
    default:
      return actionPlugin(c.type).timeline(settingsOf(c), at, render);
  }
}
