import {
  type Assignee,
  type EscalationStep,
  type EventFilter,
  type Transition,
} from '../language/rule-set';
import { type Command } from '../interpreter/machine';

/**
 * One line of text for each construct, shared by the simulator's timeline and
 * by the diff, so both speak the same words.
 */

export function describeAssignee(a: Assignee): string {
  switch (a.kind) {
    case 'responsible':
      return 'the responsible';
    case 'user':
      return `user ${a.user}`;
    case 'round_robin':
      return `round robin in ${a.team}`;
  }
}

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
  return `→ ${t.to} ${when}${t.if ? ` if ${t.if.source}` : ''}`;
}

export function describeStep(a: EscalationStep): string {
  const cond = a.if ? ` if ${a.if.source}` : '';
  switch (a.type) {
    case 'move':
      return `move to ${a.to}${cond}`;
    case 'create_activity':
      return `create ${a.activity} "${a.subject}" due in ${a.due.text} for ${describeAssignee(a.assignee)}${cond}`;
    case 'send_quote':
      return `send quote (template ${a.template}), valid for ${a.validFor.text}${cond}`;
    case 'issue_invoice':
      return `issue invoice due in ${a.due.text}${a.send ? `, send it (template ${a.template})` : ''}${cond}`;
    case 'send_email':
      return `email ${a.to} (template ${a.template})${cond}`;
    case 'notify':
      return `notify ${a.to} (template ${a.template})${cond}`;
    case 'assign':
      return `assign to ${describeAssignee(a.assignee)}${cond}`;
    case 'set_field':
      return `set ${a.field} to ${JSON.stringify(a.value)}${cond}`;
    case 'convert':
      return `convert into a deal${a.pipeline ? ` in ${a.pipeline}` : ''}${cond}`;
  }
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
      return { kind: 'stage', text: `${c.from ?? '∅'} → ${c.to} (${why})` };
    }
    case 'close':
      return { kind: 'closed', text: c.outcome };
    case 'create_activity':
      return {
        kind: 'activity',
        text: `${c.activity} "${render(c.subject)}" due ${at(c.dueAt)}, for ${describeAssignee(c.assignee)}`,
      };
    case 'send_email':
      return { kind: 'email', text: `to ${c.to}: ${c.template}` };
    case 'send_quote':
      return {
        kind: 'quote',
        text: `sent (template ${c.template}), valid until ${at(c.validUntil)}`,
      };
    case 'issue_invoice':
      return {
        kind: 'invoice',
        text: `issued, due ${at(c.dueAt)}${c.send ? `, sent (template ${c.template})` : ''}`,
      };
    case 'notify':
      return { kind: 'notify', text: `${c.to}: ${c.template}` };
    case 'assign':
      return { kind: 'assign', text: describeAssignee(c.assignee) };
    case 'set_field':
      return { kind: 'field', text: `${c.field} = ${JSON.stringify(c.value)}` };
    case 'convert':
      return { kind: 'convert', text: `into a deal${c.pipeline ? ` in ${c.pipeline}` : ''}` };
    case 'start_timer':
      return { kind: 'timer set', text: `${at(c.at)}: ${render(c.description)}` };
    case 'cancel_timer':
      return undefined;
  }
}
