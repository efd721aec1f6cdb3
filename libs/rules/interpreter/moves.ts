import { findStage, type RuleSet } from '../language/rule-set';
import { type Actor, type MachineState, type MoveRefusal } from './machine';

// What may move: a record to another version of its rules, a person's move to a stage.

/**
 * Why a record cannot move to another version of its rules, or undefined when it can: the same
 * rule set, a different version, and its current stage must exist there.
 */
export function checkMigration(state: MachineState, next: RuleSet): string | undefined {
  if (next.id !== state.ruleSetId)
    return `the record runs the rules "${state.ruleSetId}", not "${next.id}"`;
  if (next.version === state.version) return `the record already runs v${next.version}`;
  if (state.closed) return `the record is closed (${state.stage}); it keeps its rules`;
  if (!findStage(next, state.stage))
    return `stage "${state.stage}" does not exist in ${next.id} v${next.version} (stages: ${next.stages.map((s) => s.id).join(', ')})`;
  return undefined;
}

/**
 * Whether a person may move the record to `to` now. Forward only, unless the
 * current stage allows moving back; closing as won needs the invoice paid,
 * unless a head or an admin overrides. Synchronous and pure: the workflow's
 * update validator calls it.
 */
export function checkManualMove(
  rules: RuleSet,
  state: Pick<MachineState, 'stage' | 'closed' | 'invoicePaid'>,
  to: string,
  by: Actor,
  override = false,
): MoveRefusal | undefined {
  const target = findStage(rules, to);
  const current = findStage(rules, state.stage);
  if (!target) {
    return {
      code: 'unknown_stage',
      reason: `stage "${to}" does not exist in ${rules.id} v${rules.version} (stages: ${rules.stages.map((s) => s.id).join(', ')})`,
    };
  }
  if (state.closed) {
    return {
      code: 'closed',
      reason: `the record is already closed (${state.stage}); a closed record does not move`,
    };
  }
  if (to === state.stage) return { code: 'same_stage', reason: `the record is already in "${to}"` };
  if (current && target.kind === 'open' && target.order < current.order && !current.allowBack) {
    return {
      code: 'backward',
      reason: `"${current.name}" does not allow moving back to "${target.name}"`,
    };
  }
  if (target.kind === 'won' && rules.wonRequiresPayment && !state.invoicePaid) {
    const canOverride = by.role === 'head' || by.role === 'admin';
    if (!(override && canOverride)) {
      return {
        code: 'not_paid',
        reason: canOverride
          ? 'the invoice is not paid yet; to close as won anyway, move with override'
          : 'the invoice is not paid yet; only a head of sales can close an unpaid deal as won',
      };
    }
  }
  return undefined;
}
