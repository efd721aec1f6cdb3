import { type LossReason, type StageKind } from '../language/rule-set';
import { type CheckContext, ID, type Json } from './check-context';
import { type PathPart, suggestion } from './problems';

// A pipeline's loss reasons (`loss_reasons: [{ code, label }]`) and the moves to a lost stage that
// name one (`loss_reason:` on a transition or an escalation's move).

/** At most this many reasons: a person picks one from a list. */
export const MAX_LOSS_REASONS = 50;
/** A reason's label is shown in a list and a report's row. */
export const MAX_LOSS_LABEL = 100;

const REASON_KEYS = ['code', 'label'];

/** Reads `loss_reasons` (undefined when the rules name none): codes well formed and unique. */
export function readLossReasons(ctx: CheckContext, value: unknown): LossReason[] | undefined {
  if (value === undefined) return undefined;
  const path: PathPart[] = ['loss_reasons'];
  if (ctx.kind !== 'pipeline') {
    ctx.error(path, 'lead rules have no loss reasons; only deal pipelines do');
    return undefined;
  }
  if (!Array.isArray(value)) {
    ctx.error(
      path,
      'loss_reasons is a list: write each reason on its own line, like - { code: price, label: Too expensive }',
    );
    return undefined;
  }
  if (value.length === 0)
    ctx.error(path, 'name at least one loss reason, or leave loss_reasons out');
  if (value.length > MAX_LOSS_REASONS)
    ctx.error(path, `at most ${MAX_LOSS_REASONS} loss reasons (there are ${value.length})`);
  const reasons: LossReason[] = [];
  const seen = new Map<string, number>();
  value.forEach((item: unknown, i) => {
    const at: PathPart[] = [...path, i];
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      ctx.error(at, 'a loss reason is a map: { code: price, label: Too expensive }');
      return;
    }
    const reason = item as Json;
    for (const key of Object.keys(reason))
      if (!REASON_KEYS.includes(key))
        ctx.error(
          [...at, key],
          `unknown key "${key}" in a loss reason${suggestion(key, REASON_KEYS)}; allowed here: ${REASON_KEYS.join(', ')}`,
          { atKey: true },
        );
    let ok = true;
    if (typeof reason.code !== 'string' || !ID.test(reason.code)) {
      ctx.error(
        reason.code === undefined ? at : [...at, 'code'],
        'a loss reason needs a code: lowercase letters, digits, "-" or "_", starting with a letter (like no_budget)',
      );
      ok = false;
    } else if (seen.has(reason.code)) {
      ctx.error(
        [...at, 'code'],
        `the loss reason "${reason.code}" is named twice (also loss_reasons[${seen.get(reason.code)}]); codes are unique`,
      );
      ok = false;
    }
    if (
      typeof reason.label !== 'string' ||
      reason.label.trim() === '' ||
      reason.label.length > MAX_LOSS_LABEL
    ) {
      ctx.error(
        reason.label === undefined ? at : [...at, 'label'],
        `a loss reason needs a label: the text people see, at most ${MAX_LOSS_LABEL} characters`,
      );
      ok = false;
    }
    if (typeof reason.code === 'string' && !seen.has(reason.code)) seen.set(reason.code, i);
    if (ok) reasons.push({ code: reason.code as string, label: (reason.label as string).trim() });
  });
  return reasons;
}

/**
 * The `loss_reason` of a rule's move to `to` (a transition's, an escalation's move): only with a
 * move to a lost stage, and one of the rule set's reasons. Undefined when not given or wrong.
 */
export function checkLossReasonUse(
  ctx: CheckContext,
  value: unknown,
  to: unknown,
  path: PathPart[],
): string | undefined {
  if (value === undefined) {
    if (ctx.lossReasons && ctx.stageKinds.get(String(to)) === 'lost')
      ctx.warn(
        path,
        `this move to "${String(to)}" names no loss_reason: the deal's loss reason stays empty (the reasons are: ${ctx.lossReasons.map((r) => r.code).join(', ')})`,
      );
    return undefined;
  }
  const at = [...path, 'loss_reason'];
  const kind = ctx.stageKinds.get(String(to));
  if (kind !== undefined && kind !== 'lost') {
    ctx.error(at, `loss_reason goes with a move to a lost stage; "${String(to)}" is ${kind}`);
    return undefined;
  }
  if (typeof value !== 'string') {
    ctx.error(at, 'loss_reason names the code of one of loss_reasons, like loss_reason: no_budget');
    return undefined;
  }
  const codes = (ctx.lossReasons ?? []).map((r) => r.code);
  if (!codes.includes(value)) {
    ctx.error(
      at,
      codes.length === 0
        ? `there is no loss reason "${value}": the rules name no loss_reasons`
        : `there is no loss reason "${value}"${suggestion(value, codes)} (the reasons are: ${codes.join(', ')})`,
    );
    return undefined;
  }
  return value;
}

/** The kind of each stage as written (before the stages are read), for the checks above. */
export function stageKindsOf(stages: Json[]): Map<string, StageKind> {
  return new Map(stages.map((s) => [String(s.id), (s.kind ?? 'open') as StageKind]));
}
