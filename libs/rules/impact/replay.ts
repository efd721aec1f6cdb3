import { type RuleSet } from '../language/rule-set';
import { handleOwned, migrate, start } from '../interpreter/interpreter';
import { type MachineState, type RecordSnapshot, type RulesEvent } from '../interpreter/machine';
import { RulesError } from '../interpreter/rules-error';

/**
 * One input of a record's interpreter, exactly as the workflow applied it (its own time, the
 * rules version it ran): what the record input log keeps, so that replaying a record's log
 * through the pure interpreter gives its state again.
 */
export type RecordInput =
  /** The record started: `start(rules, snapshot, at)`. */
  | { type: 'start'; at: number; version: number; snapshot: RecordSnapshot }
  /** The state the log begins from, for records that ran before the log existed. */
  | { type: 'state'; at: number; version: number; state: MachineState }
  /** An event handled: a person's move, a field change, a quote answer, a timer fired… */
  | { type: 'event'; at: number; version: number; event: RulesEvent }
  /**
   * Moved to another version of its rules: `migrate(rules, state, at)`; with `keepsFired`, the
   * escalations that already fired were not set again (`migrate`'s `from`, the version it left).
   */
  | {
      type: 'migrate';
      at: number;
      version: number;
      from: number;
      by: string;
      keepsFired?: boolean;
    };

/** The published rules of a version of the record's rule set (undefined: not published). */
export type RulesOf = (version: number) => RuleSet | undefined;

function rulesAt(rulesOf: RulesOf, version: number): RuleSet {
  const rules = rulesOf(version);
  if (!rules) throw new RulesError(`version ${version} of the record's rules is not published`);
  return rules;
}

/**
 * The record's state after its inputs, through the pure interpreter: what its workflow holds
 * (same stage, timers, open activities, fields). Throws a RulesError when the log does not begin
 * with a start or a state, or names a version that is not published.
 */
export function replay(inputs: readonly RecordInput[], rulesOf: RulesOf): MachineState {
  const [first] = inputs;
  if (!first || (first.type !== 'start' && first.type !== 'state'))
    throw new RulesError('the log does not begin with the record’s start or state');
  let state =
    first.type === 'start'
      ? start(rulesAt(rulesOf, first.version), first.snapshot, first.at).state
      : (JSON.parse(JSON.stringify(first.state)) as MachineState);
  for (let i = 1; i < inputs.length; i++) {
    const input = inputs[i];
    switch (input.type) {
      case 'event':
        state = handleOwned(rulesAt(rulesOf, state.version), state, input.event).state;
        break;
      case 'migrate':
        state = migrate(
          rulesAt(rulesOf, input.version),
          state,
          input.at,
          input.keepsFired ? { from: rulesAt(rulesOf, state.version) } : {},
        ).state;
        break;
      default:
        throw new RulesError(`a ${input.type} in the middle of the log (entry ${i})`);
    }
  }
  return state;
}
