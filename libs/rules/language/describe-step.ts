import { actionPlugin, settingsOf } from '../actions/registry';
import { type EscalationStep } from './rule-set';

export { describeAssignee } from '../values/assignee';

// The words for an action of the rules, shared by the interpreter (what a rule ran), the
// simulator and the diff: each action's plug-in says them.

export function describeStep(a: EscalationStep): string {
  const cond = a.if ? ` if ${a.if.source}` : '';
  if (a.type === 'move')
    return `move to ${a.to}${a.lossReason ? ` (loss reason ${a.lossReason})` : ''}${cond}`;
  return `${actionPlugin(a.type).describe(settingsOf(a))}${cond}`;
}
