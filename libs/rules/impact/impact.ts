import { type RuleSet, type StageKind } from '../language/rule-set';
import { handleOwned, migrateOwned } from '../interpreter/interpreter';
import { checkMigration } from '../interpreter/moves';
import {
  type FiredAction,
  type MachineState,
  type PendingTimer,
  type Step,
} from '../interpreter/machine';
import { clone } from '../interpreter/record-fields';
import { RulesError } from '../interpreter/rules-error';
import { type RecordInput, replay, type RulesOf } from './replay';

/**
 * What a rules version would do to one running record if it were migrated now: the record's own
 * inputs replayed under the versions it ran (its state now, exactly), then migrated to the
 * candidate at `now` with the candidate's timers that are due by then fired, as the workflow
 * would at once. Pure: the API, the CLI and the publish check run it on the log read in bulk.
 */

/**
 * unaffected: nothing differs; changed: see the rest; refused: the migration would be refused
 * (its stage is gone); failed: the replay (of its own log, or under the candidate) throws;
 * unknown: no inputs logged for it yet (its workflow has not run since the log exists).
 */
export type ImpactKind = 'unaffected' | 'changed' | 'refused' | 'failed' | 'unknown';
export const IMPACT_KINDS: readonly ImpactKind[] = [
  'unaffected',
  'changed',
  'refused',
  'failed',
  'unknown',
];

export interface TimerChange {
  kind: PendingTimer['kind'];
  stage: string;
  description: string;
  /** When it would fire (epoch ms); for a re-timed one, the new time. */
  at: number;
  /** A re-timed timer: when it fires today. */
  from?: number;
}

export interface RecordImpact {
  kind: ImpactKind;
  /** Where the record is now, and on which version. */
  stage: string;
  version: number;
  /** Where it would be right after the migration (a timer already due may move it on). */
  stageAfter: string;
  closedAfter: StageKind | null;
  timersAdded: TimerChange[];
  timersRemoved: TimerChange[];
  timersRetimed: TimerChange[];
  /** The actions the migration would run at once (follow-ups, emails, notifications…). */
  triggered: FiredAction[];
  /** refused and failed: why. */
  reason: string | null;
}

const MAX_DUE_TIMERS = 100;

/** A timer the same in two versions: same rule of the same stage visit, same repetition. */
function timerKey(t: PendingTimer): string {
  return `${t.kind}|${t.stage}#${t.visit}|${t.index}|${t.occurrence ?? ''}|${t.activityKey ?? ''}`;
}

/**
 * Fires the timers due by `now`, earliest first, as the workflow's loop does after waking. The
 * step's state is taken over (changed in place).
 */
function fireDue(rules: RuleSet, step: Step, now: number, actions: FiredAction[]): MachineState {
  let state = step.state;
  for (const f of step.fired) actions.push(...f.actions);
  for (let n = 0; !state.closed; n++) {
    const due = Object.values(state.timers)
      .filter((t) => t.at <= now)
      .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))[0];
    if (!due) break;
    if (n >= MAX_DUE_TIMERS) throw new RulesError(`more than ${MAX_DUE_TIMERS} timers due at once`);
    const next = handleOwned(rules, state, { type: 'timer_fired', at: now, timerId: due.id });
    for (const f of next.fired) actions.push(...f.actions);
    state = next.state;
  }
  return state;
}

const changeOf = (t: PendingTimer, from?: number): TimerChange => ({
  kind: t.kind,
  stage: t.stage,
  description: t.description,
  at: t.at,
  ...(from !== undefined ? { from } : {}),
});

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The impact of `candidate` on a record whose state (replayed from its log) is `state`. The state
 * is taken over (the migration changes it in place: a replay makes one per record).
 */
export function impactOn(
  state: MachineState,
  current: RuleSet,
  candidate: RuleSet,
  now: number,
): RecordImpact {
  const base = {
    stage: state.stage,
    version: state.version,
    stageAfter: state.stage,
    closedAfter: state.closed?.kind ?? null,
    timersAdded: [],
    timersRemoved: [],
    timersRetimed: [],
    triggered: [],
  };
  if (candidate.version === state.version)
    return { ...base, kind: 'unaffected', reason: `already runs v${candidate.version}` };
  const refusal = checkMigration(state, candidate);
  if (refusal) return { ...base, kind: 'refused', reason: refusal };

  // What the record does by `now` on its own version (usually nothing: its log is that recent).
  const before: FiredAction[] = [];
  const anyDue = Object.values(state.timers).some((t) => t.at <= now);
  const old = anyDue
    ? fireDue(current, { state: clone(state), commands: [], fired: [] }, now, before)
    : state;
  const oldTimers = new Map(Object.values(old.timers).map((t) => [timerKey(t), t]));
  const oldStage = old.stage;
  const oldClosed = old.closed?.kind ?? null;
  const after: FiredAction[] = [];
  let next: MachineState;
  try {
    next = fireDue(candidate, migrateOwned(candidate, state, now, { from: current }), now, after);
  } catch (error) {
    return { ...base, kind: 'failed', reason: message(error) };
  }

  const newTimers = new Map(Object.values(next.timers).map((t) => [timerKey(t), t]));
  const timersAdded: TimerChange[] = [];
  const timersRetimed: TimerChange[] = [];
  for (const [key, t] of newTimers) {
    const was = oldTimers.get(key);
    if (!was) timersAdded.push(changeOf(t));
    else if (was.at !== t.at) timersRetimed.push(changeOf(t, was.at));
  }
  const timersRemoved = [...oldTimers]
    .filter(([key]) => !newTimers.has(key))
    .map(([, t]) => changeOf(t));
  const ranAnyway = new Set(before.map((a) => a.key));
  const triggered = after.filter((a) => !ranAnyway.has(a.key));
  const byAt = (a: TimerChange, b: TimerChange) => a.at - b.at;
  const impact: RecordImpact = {
    kind: 'changed',
    stage: base.stage,
    version: base.version,
    stageAfter: next.stage,
    closedAfter: next.closed?.kind ?? null,
    timersAdded: timersAdded.sort(byAt),
    timersRemoved: timersRemoved.sort(byAt),
    timersRetimed: timersRetimed.sort(byAt),
    triggered,
    reason: null,
  };
  const same =
    next.stage === oldStage &&
    impact.closedAfter === oldClosed &&
    timersAdded.length + timersRemoved.length + timersRetimed.length + triggered.length === 0;
  return same ? { ...impact, kind: 'unaffected' } : impact;
}

/**
 * The impact of `candidate` on a record, from its log: its own inputs replayed under the versions
 * it ran (`rulesOf`), then `impactOn`. A log that does not replay is a failed record.
 */
export function impactOfInputs(
  inputs: readonly RecordInput[],
  rulesOf: RulesOf,
  candidate: RuleSet,
  now: number,
): RecordImpact {
  const failed = (version: number, reason: string): RecordImpact => ({
    kind: 'failed',
    stage: '',
    version,
    stageAfter: '',
    closedAfter: null,
    timersAdded: [],
    timersRemoved: [],
    timersRetimed: [],
    triggered: [],
    reason,
  });
  let state: MachineState;
  try {
    state = replay(inputs, rulesOf);
  } catch (error) {
    return failed(inputs.at(-1)?.version ?? 0, `its own inputs do not replay: ${message(error)}`);
  }
  const current = rulesOf(state.version);
  if (!current) return failed(state.version, `v${state.version} is not published`);
  return impactOn(state, current, candidate, now);
}
