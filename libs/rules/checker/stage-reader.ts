import {
  type Action,
  CLOSING_KINDS,
  type Escalation,
  type EscalationStep,
  type FollowUp,
  type Stage,
  type StageKind,
  type Transition,
} from '../language/rule-set';
import { readAction } from './actions';
import { type CheckContext, ID, type Json } from './check-context';
import { readEvent } from './event-filter';
import { checkLossReasonUse } from './loss-reasons';
import { type PathPart, suggestion } from './problems';

/** The keys of an escalation's move (`- move: lost`, its condition and loss reason beside it). */
const MOVE_KEYS = ['move', 'if', 'loss_reason'];

// One stage as written: its id and kind, its on_enter actions, transitions, follow-ups and
// escalations.

/** Reads one stage and what it holds, each part checked on its own. */
export function readStage(ctx: CheckContext, s: Json, i: number): Stage {
  const path: PathPart[] = ['stages', i];
  const id = String(s.id);
  if (!ID.test(id)) {
    ctx.error(
      [...path, 'id'],
      'a stage id is lowercase letters, digits, "-" or "_", starting with a letter',
    );
  }
  const kind = (s.kind ?? 'open') as StageKind;
  const allowed = ['open', ...CLOSING_KINDS[ctx.kind]];
  if (!allowed.includes(kind)) {
    ctx.error([...path, 'kind'], `a stage of ${ctx.kind} rules is one of: ${allowed.join(', ')}`);
  }
  const list = <T>(key: string, each: (item: Json, p: PathPart[]) => T | undefined): T[] =>
    ((s[key] as Json[] | undefined) ?? [])
      .map((item, j) => each(item, [...path, key, j]))
      .filter((x): x is T => x !== undefined);
  return {
    id,
    name: String(s.name ?? id),
    order: typeof s.order === 'number' ? s.order : (i + 1) * 10,
    kind,
    allowBack: s.allow_back === true,
    onEnter: list('on_enter', (a, p) => readAction(ctx, a, p)),
    transitions: list('transitions', (t, p) => transition(ctx, t, p)),
    followUps: list('follow_up', (f, p) => followUp(ctx, f, p)),
    whenOverdue: list('when_overdue', (e, p) => escalation(ctx, e, p)),
  };
}

function transition(ctx: CheckContext, t: Json, path: PathPart[]): Transition | undefined {
  const result: Transition = { to: String(t.to) };
  if (t.on !== undefined) {
    const on = readEvent(ctx, t.on, [...path, 'on']);
    if (on) result.on = on;
  }
  if (t.after !== undefined) {
    const after = ctx.duration(t.after, [...path, 'after']);
    if (after) result.after = after;
  }
  if (t.if !== undefined) {
    const condition = ctx.condition(t.if, [...path, 'if']);
    if (condition) result.if = condition;
  }
  const lossReason = checkLossReasonUse(ctx, t.loss_reason, t.to, path);
  if (lossReason) result.lossReason = lossReason;
  if (t.on !== undefined && t.after !== undefined) {
    ctx.error(
      path,
      'a transition happens "on" an event or "after" a time, not both; write two transitions',
    );
  }
  if (t.on === undefined && t.after === undefined && t.if === undefined) {
    ctx.error(
      path,
      'say when this transition happens: "on" an event, "after" a time in the stage, or "if" a condition',
    );
  }
  return result;
}

function followUp(ctx: CheckContext, f: Json, path: PathPart[]): FollowUp | undefined {
  const every = ctx.duration(f.every, [...path, 'every']);
  if (
    f.times !== undefined &&
    !(Number.isInteger(f.times) && (f.times as number) >= 1 && (f.times as number) <= 100)
  ) {
    ctx.error([...path, 'times'], 'times is a whole number from 1 to 100');
  }
  const actions = ((f.do as Json[]) ?? [])
    .map((a, j) => readAction(ctx, a, [...path, 'do', j]))
    .filter((a): a is Action => !!a);
  if (!every) return undefined;
  return { every, ...(typeof f.times === 'number' ? { times: f.times } : {}), do: actions };
}

function escalation(ctx: CheckContext, e: Json, path: PathPart[]): Escalation | undefined {
  const activity = ctx.activityType(e.activity, [...path, 'activity']);
  const after = ctx.duration(e.after, [...path, 'after']);
  const steps: EscalationStep[] = [];
  ((e.do as Json[]) ?? []).forEach((item, j) => {
    const p = [...path, 'do', j];
    if (item && typeof item === 'object' && 'move' in item) {
      for (const key of Object.keys(item))
        if (!MOVE_KEYS.includes(key))
          ctx.error(
            [...p, key],
            `unknown key "${key}" in a move${suggestion(key, MOVE_KEYS)}; allowed here: ${MOVE_KEYS.join(', ')}`,
            { atKey: true },
          );
      if (typeof item.move !== 'string')
        ctx.error([...p, 'move'], 'move names the stage to move to, like move: lost');
      else {
        const lossReason = checkLossReasonUse(ctx, item.loss_reason, item.move, p);
        steps.push({
          type: 'move',
          to: item.move,
          ...(item.if !== undefined ? { if: ctx.condition(item.if, [...p, 'if']) } : {}),
          ...(lossReason ? { lossReason } : {}),
        });
      }
      return;
    }
    const action = readAction(ctx, item, p);
    if (action) steps.push(action);
  });
  if (!activity || !after) return undefined;
  return { activity, after, do: steps };
}
