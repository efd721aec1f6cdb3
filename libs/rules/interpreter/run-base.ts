import { addDuration } from '../values/duration';
import { conditionHolds } from '../language/expression';
import { type Condition, findStage, type RuleSet, type Stage } from '../language/rule-set';
import {
  type Command,
  type Firing,
  type MachineState,
  type PendingTimer,
  type Step,
  type TrackedActivity,
} from './machine';
import { RulesError } from './rules-error';
import { followUpTimerText } from './timer-texts';

/**
 * What a run of the interpreter keeps (its copy of the state, the commands and the rules that
 * fired) and its bookkeeping of timers and of the activities the rules created; run.ts holds
 * what the rules do with events, stages and actions.
 */
export class RunBase {
  protected readonly commands: Command[] = [];
  protected readonly fired: Firing[] = [];

  constructor(
    protected readonly rules: RuleSet,
    protected readonly state: MachineState,
  ) {}

  result(): Step {
    return { state: this.state, commands: this.commands, fired: this.fired };
  }

  protected stageOf(id: string): Stage {
    const stage = findStage(this.rules, id);
    if (!stage)
      throw new RulesError(`stage "${id}" is not in ${this.rules.id} v${this.rules.version}`);
    return stage;
  }

  protected stageIndex(id: string): number {
    return this.rules.stages.findIndex((s) => s.id === id);
  }

  protected holds(condition: Condition | undefined): boolean {
    return condition === undefined || conditionHolds(condition.source, this.state.record);
  }

  /** Notes a rule that fired; the actions that run until the next one are its. */
  fire(at: number, rule: string, what: string) {
    this.fired.push({ at, rule, what, actions: [] });
  }

  protected visitKey(): string {
    return `${this.state.stage}#${this.state.visit}`;
  }

  protected scheduleFollowUp(stage: Stage, index: number, from: number, occurrence: number) {
    const f = stage.followUps[index];
    this.startTimer({
      id: `${this.visitKey()}/follow_up/${index}#${occurrence}`,
      at: addDuration(from, f.every),
      kind: 'follow_up',
      stage: stage.id,
      visit: this.state.visit,
      index,
      occurrence,
      description: followUpTimerText(f, occurrence),
    });
  }

  protected startTimer(timer: PendingTimer) {
    this.state.timers[timer.id] = timer;
    this.commands.push({
      type: 'start_timer',
      id: timer.id,
      at: timer.at,
      description: timer.description,
    });
  }

  protected cancelTimer(id: string) {
    if (!this.state.timers[id]) return;
    delete this.state.timers[id];
    this.commands.push({ type: 'cancel_timer', id });
  }

  /**
   * The overdue checks of an activity the rules created, from its due time (not before
   * `notBefore`: a migration sets them anew and one already past fires at once), but for those
   * in `skip` (by their place in when_overdue: a migration's escalations that already fired).
   */
  protected watchOverdue(
    activity: TrackedActivity,
    options: { idPrefix?: string; notBefore?: number; skip?: ReadonlySet<number> } = {},
  ) {
    const stage = this.stageOf(this.state.stage);
    const prefix =
      options.idPrefix ??
      (activity.rescheduled ? `${activity.key}~${activity.rescheduled}` : activity.key);
    stage.whenOverdue.forEach((e, i) => {
      if (e.activity !== activity.activity || options.skip?.has(i)) return;
      this.startTimer({
        id: `${prefix}/overdue/${i}`,
        at: Math.max(addDuration(activity.dueAt, e.after), options.notBefore ?? -Infinity),
        kind: 'overdue',
        stage: this.state.stage,
        visit: this.state.visit,
        index: i,
        activityKey: activity.key,
        description: `if the ${activity.activity} "${activity.subject}" is still open ${e.after.text} after it is due: ${e.do.map((d) => d.type).join(', ')}`,
      });
    });
  }

  protected forgetActivity(key: string) {
    delete this.state.activities[key];
    for (const t of Object.values(this.state.timers))
      if (t.activityKey === key) this.cancelTimer(t.id);
  }
}
