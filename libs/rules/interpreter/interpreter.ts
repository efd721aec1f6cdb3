import { type RuleSet } from '../language/rule-set';
import { type MachineState, type RecordSnapshot, type RulesEvent, type Step } from './machine';
import { checkManualMove, checkMigration } from './moves';
import { clone } from './record-fields';
import { RulesError } from './rules-error';
import { Run } from './run';

/**
 * The rules interpreter: pure and deterministic. Given the rules, the state
 * and an event (a timer firing comes with its time), it returns the new state
 * and the commands to carry out. No clock, no I/O, no randomness: the lead and
 * deal workflows import it, and so does the simulator.
 */

export { checkLossReason, checkManualMove, checkMigration } from './moves';
export { RulesError } from './rules-error';

/** Starts a record in the first stage of the rules. */
export function start(rules: RuleSet, record: RecordSnapshot, at: number): Step {
  const first = [...rules.stages].sort((a, b) => a.order - b.order)[0];
  const run = new Run(rules, {
    ruleSetId: rules.id,
    version: rules.version,
    stage: first.id,
    visit: 0,
    enteredAt: at,
    record: clone(record),
    timers: {},
    activities: {},
    followUpsDone: {},
    invoicePaid: false,
  });
  run.fire(at, 'start', `started in ${first.id}`);
  run.enter(first.id, at, { kind: 'start' });
  return run.result();
}

/** Applies one event. A closed record ignores everything. */
export function handle(rules: RuleSet, state: MachineState, event: RulesEvent): Step {
  return refusedMove(rules, state, event) ?? handleOwned(rules, clone(state), event);
}

/**
 * `handle` on a state the caller gives away (it is changed and returned as the step's state):
 * for replays that own every state they make, without a copy per event.
 */
export function handleOwned(rules: RuleSet, state: MachineState, event: RulesEvent): Step {
  const refused = refusedMove(rules, state, event);
  if (refused) return refused;
  const run = new Run(rules, state);
  if (!state.closed) run.apply(event);
  return run.result();
}

/** A person's move the rules refuse: nothing changes (the state given back as it is). */
function refusedMove(rules: RuleSet, state: MachineState, event: RulesEvent): Step | undefined {
  if (state.closed || event.type !== 'manual_move') return undefined;
  const refusal = checkManualMove(
    rules,
    state,
    event.to,
    event.by,
    event.override,
    event.lossReason,
  );
  return refusal ? { state, commands: [], fired: [], refused: refusal } : undefined;
}

/** How a migration treats what the record did under its old version. */
export interface MigrationOptions {
  /**
   * The rules the record ran until now. Given, the overdue escalations that already fired for an
   * open activity are not set again (an escalation is the same in both versions when it sits at
   * the same place in the stage's when_overdue and watches the same kind of activity); without,
   * every escalation is set anew and those past fire again, as migrations did before
   * `patched('migration-keeps-fired-escalations')` (histories recorded then replay so).
   */
  from?: RuleSet;
}

/**
 * Moves a record to another version of its rules, at a safe point (between events). It stays in
 * its stage and nothing of the stage's on_enter runs again; the stage's timers are set anew from
 * the new rules, counted from when the stage was entered (a follow-up continues with the
 * repetitions already done); open activities keep their overdue checks where the new stage
 * still escalates that kind of activity (an escalation new to the record whose time is past fires
 * at once; one that already fired, with `options.from`, does not fire again).
 */
export function migrate(
  next: RuleSet,
  state: MachineState,
  at: number,
  options: MigrationOptions = {},
): Step {
  return migrateOwned(next, clone(state), at, options);
}

/** `migrate` on a state the caller gives away (as `handleOwned`). */
export function migrateOwned(
  next: RuleSet,
  state: MachineState,
  at: number,
  options: MigrationOptions = {},
): Step {
  const reason = checkMigration(state, next);
  if (reason) throw new RulesError(reason);
  const run = new Run(next, state);
  run.rescheduleAfterMigration(at, state.version, options.from);
  return run.result();
}
