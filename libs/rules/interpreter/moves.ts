import { findLossReason, findStage, type RuleSet } from '../language/rule-set';
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
  lossReason?: string,
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
  const lossRefusal = checkLossReason(rules, to, lossReason);
  if (lossRefusal) return lossRefusal;
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

/**
 * Whether a person's move to `to` names its loss reason as the rules want: a move to a lost stage
 * names one of the rules' reasons (when the rules name any: versions from before loss reasons
 * take none); a move elsewhere names none. Pure: the API checks a move with it before asking the
 * workflow, and the workflow's validator again.
 */
export function checkLossReason(
  rules: RuleSet,
  to: string,
  lossReason: string | undefined,
): MoveRefusal | undefined {
  const target = findStage(rules, to);
  if (!target) return undefined;
  const codes = (rules.lossReasons ?? []).map((r) => r.code);
  if (target.kind !== 'lost') {
    return lossReason === undefined
      ? undefined
      : {
          code: 'loss_reason_not_lost',
          reason: `a loss reason goes only with a move to a lost stage; "${target.name}" is ${target.kind}`,
        };
  }
  if (lossReason === undefined) {
    return codes.length === 0
      ? undefined
      : {
          code: 'loss_reason_required',
          reason: `say why the deal is lost: one of ${codes.join(', ')}`,
        };
  }
  if (!findLossReason(rules, lossReason)) {
    return {
      code: 'unknown_loss_reason',
      reason:
        codes.length === 0
          ? `${rules.id} v${rules.version} names no loss reasons; move without one`
          : `"${lossReason}" is not a loss reason of ${rules.id} v${rules.version} (the reasons are: ${codes.join(', ')})`,
    };
  }
  return undefined;
}
