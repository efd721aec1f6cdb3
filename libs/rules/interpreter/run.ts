import { addDuration } from '../values/duration';
import { describeStep } from '../language/describe-step';
import {
  type Action,
  type EscalationStep,
  findStage,
  isClosingKind,
  type RuleSet,
  type Transition,
} from '../language/rule-set';
import { actionCommand } from './action-commands';
import { type Cause, type RulesEvent } from './machine';
import { matches, setField } from './record-fields';
import { RulesError } from './rules-error';
import { RunBase } from './run-base';
import { followUpTimerText, transitionTimerText } from './timer-texts';

/** The loss reason a rule's move names, as its cause carries it. */
const lossReasonOf = (move: { lossReason?: string }): Pick<Cause, 'lossReason'> =>
  move.lossReason !== undefined ? { lossReason: move.lossReason } : {};

/** Stages entered in a row by conditions alone before the interpreter stops (a loop in the rules). */
const MAX_CHAINED_MOVES = 16;

/**
 * One application of the rules to a state: what `start`, `handle` and `migrate` (interpreter.ts)
 * run. It changes its copy of the state and collects the commands and the rules that fired.
 */
export class Run extends RunBase {
  private chained = 0;

  apply(event: RulesEvent): void {
    const s = this.state;
    switch (event.type) {
      case 'timer_fired':
        return this.timerFired(event.timerId, event.at);
      case 'manual_move':
        this.fire(
          event.at,
          'manual',
          `moved to ${event.to} by ${event.by.id}${event.override ? ' (override)' : ''}`,
        );
        return this.enter(event.to, event.at, {
          kind: 'manual',
          by: event.by.id,
          ...(event.override ? { override: true } : {}),
          ...(event.lossReason !== undefined ? { lossReason: event.lossReason } : {}),
          ...(event.lossNote !== undefined ? { lossNote: event.lossNote } : {}),
        });
      case 'activity_completed': {
        const tracked =
          (event.key && s.activities[event.key]) ||
          Object.values(s.activities).find((a) => a.activity === event.activity);
        if (tracked) this.forgetActivity(tracked.key);
        break;
      }
      case 'activity_rescheduled': {
        const tracked = s.activities[event.key];
        if (!tracked) return;
        for (const t of Object.values(s.timers))
          if (t.activityKey === tracked.key) this.cancelTimer(t.id);
        tracked.dueAt = event.dueAt;
        tracked.rescheduled = (tracked.rescheduled ?? 0) + 1;
        this.watchOverdue(tracked);
        return;
      }
      case 'activity_cancelled':
        if (s.activities[event.key]) this.forgetActivity(event.key);
        return;
      case 'field_changed':
        setField(s.record, event.field, event.value);
        break;
      case 'invoice_paid':
        s.invoicePaid = true;
        break;
      default:
        break;
    }
    const stage = this.stageOf(s.stage);
    const index = stage.transitions.findIndex(
      (t) => t.on !== undefined && matches(t.on, event) && this.holds(t.if),
    );
    if (index >= 0) {
      const t = stage.transitions[index];
      const rule = `stages[${this.stageIndex(stage.id)}].transitions[${index}]`;
      this.fire(event.at, rule, `on ${event.type}: moved to ${t.to}`);
      this.enter(t.to, event.at, {
        kind: 'event',
        rule,
        event: event.type,
        ...lossReasonOf(t),
      });
      return;
    }
    if (event.type === 'field_changed') this.conditionTransitions(event.at);
  }

  private timerFired(id: string, at: number): void {
    const timer = this.state.timers[id];
    // A timer cancelled (or fired) already, arriving late: nothing to do.
    if (!timer) return;
    delete this.state.timers[id];
    if (timer.stage !== this.state.stage || timer.visit !== this.state.visit) return;
    const stage = this.stageOf(timer.stage);
    const stageIndex = this.stageIndex(stage.id);
    if (timer.kind === 'transition') {
      const t = stage.transitions[timer.index];
      const rule = `stages[${stageIndex}].transitions[${timer.index}]`;
      if (!this.holds(t.if)) {
        this.fire(at, rule, `after ${t.after?.text}: condition not met, stayed`);
        return;
      }
      this.fire(at, rule, `after ${t.after?.text} in ${stage.id}: moved to ${t.to}`);
      this.enter(t.to, at, { kind: 'timer', rule, ...lossReasonOf(t) });
      return;
    }
    if (timer.kind === 'follow_up') {
      const f = stage.followUps[timer.index];
      const rule = `stages[${stageIndex}].follow_up[${timer.index}]`;
      const doneKey = `${timer.visit}:${timer.index}`;
      const done = (this.state.followUpsDone[doneKey] ?? 0) + 1;
      this.state.followUpsDone[doneKey] = done;
      this.fire(at, rule, `follow-up ${done}${f.times ? ` of ${f.times}` : ''}`);
      this.runActions(
        f.do,
        at,
        `${this.visitKey()}/follow_up/${timer.index}#${done}`,
        `${rule}.do`,
      );
      if (
        this.state.stage === stage.id &&
        this.state.visit === timer.visit &&
        (f.times === undefined || done < f.times)
      ) {
        this.scheduleFollowUp(stage, timer.index, at, done + 1);
      }
      return;
    }
    // overdue
    const activity = timer.activityKey ? this.state.activities[timer.activityKey] : undefined;
    if (!activity) return;
    const e = stage.whenOverdue[timer.index];
    const rule = `stages[${stageIndex}].when_overdue[${timer.index}]`;
    this.fire(at, rule, `${activity.activity} "${activity.subject}" overdue by ${e.after.text}`);
    this.runEscalation(e.do, at, timer.id, rule + '.do', activity.key);
  }

  rescheduleAfterMigration(at: number, fromVersion: number, from?: RuleSet): void {
    const s = this.state;
    const escalated = from ? this.escalationsFired(from) : undefined;
    for (const id of Object.keys(s.timers)) this.cancelTimer(id);
    s.version = this.rules.version;
    const stage = this.stageOf(s.stage);
    this.fire(
      at,
      'migration',
      `moved from v${fromVersion} to v${this.rules.version} in ${s.stage}`,
    );
    stage.transitions.forEach((t, i) => {
      if (!t.after) return;
      this.startTimer({
        id: `${this.visitKey()}/v${s.version}/after/${i}`,
        at: Math.max(addDuration(s.enteredAt, t.after), at),
        kind: 'transition',
        stage: s.stage,
        visit: s.visit,
        index: i,
        description: transitionTimerText(t, s.stage),
      });
    });
    stage.followUps.forEach((f, i) => {
      const done = s.followUpsDone[`${s.visit}:${i}`] ?? 0;
      if (f.times !== undefined && done >= f.times) return;
      let from = s.enteredAt;
      for (let n = 0; n < done; n++) from = addDuration(from, f.every);
      this.startTimer({
        id: `${this.visitKey()}/v${s.version}/follow_up/${i}#${done + 1}`,
        at: Math.max(addDuration(from, f.every), at),
        kind: 'follow_up',
        stage: s.stage,
        visit: s.visit,
        index: i,
        occurrence: done + 1,
        description: followUpTimerText(f, done + 1),
      });
    });
    for (const activity of Object.values(s.activities))
      this.watchOverdue(activity, {
        idPrefix: `${activity.key}/v${s.version}`,
        notBefore: at,
        skip: escalated?.get(activity.key),
      });
  }

  /**
   * The overdue escalations (by their place in the stage's when_overdue) that fired for each open
   * activity under `from`, the rules the record ran: those that watch its kind of activity and
   * whose timer is no longer pending. An activity's timers go only by firing while it stays open:
   * a reschedule sets them all anew, a completion or a cancellation forgets the activity.
   */
  private escalationsFired(from: RuleSet): Map<string, Set<number>> {
    const s = this.state;
    const stage = findStage(from, s.stage);
    const fired = new Map<string, Set<number>>();
    for (const activity of Object.values(s.activities)) {
      const pending = new Set(
        Object.values(s.timers)
          .filter((t) => t.kind === 'overdue' && t.activityKey === activity.key)
          .map((t) => t.index),
      );
      const done = new Set<number>();
      stage?.whenOverdue.forEach((e, i) => {
        if (e.activity === activity.activity && !pending.has(i)) done.add(i);
      });
      fired.set(activity.key, done);
    }
    return fired;
  }

  // ---- stages --------------------------------------------------------------

  enter(to: string, at: number, cause: Cause): void {
    const s = this.state;
    const from = cause.kind === 'start' ? null : s.stage;
    const stage = this.stageOf(to);
    if (++this.chained > MAX_CHAINED_MOVES) {
      throw new RulesError(
        `more than ${MAX_CHAINED_MOVES} stage changes in a row (a loop of conditions in the rules?), at "${to}"`,
      );
    }
    for (const id of Object.keys(s.timers)) this.cancelTimer(id);
    s.activities = {};
    s.stage = to;
    s.visit += 1;
    s.enteredAt = at;
    if (s.record.deal && typeof s.record.deal === 'object') s.record.deal.stage = to;
    this.commands.push({ type: 'move_stage', from, to, at, cause, version: this.rules.version });

    this.runActions(
      stage.onEnter,
      at,
      `${this.visitKey()}/enter`,
      `stages[${this.stageIndex(to)}].on_enter`,
    );
    if (s.stage !== to) return; // an action moved the record on (cannot happen today; kept safe)

    if (isClosingKind(stage.kind)) {
      s.closed = { kind: stage.kind, at };
      this.commands.push({ type: 'close', outcome: stage.kind, at });
      return;
    }
    stage.transitions.forEach((t, i) => {
      if (t.after) {
        this.startTimer({
          id: `${this.visitKey()}/after/${i}`,
          at: addDuration(at, t.after),
          kind: 'transition',
          stage: to,
          visit: s.visit,
          index: i,
          description: transitionTimerText(t, to),
        });
      }
    });
    stage.followUps.forEach((_, i) => this.scheduleFollowUp(stage, i, at, 1));
    this.conditionTransitions(at);
  }

  /** Transitions with only a condition move as soon as it holds. */
  private conditionTransitions(at: number): void {
    const stage = this.stageOf(this.state.stage);
    if (isClosingKind(stage.kind)) return;
    const index = stage.transitions.findIndex((t) => !t.on && !t.after && this.holds(t.if));
    if (index < 0) return;
    const t: Transition = stage.transitions[index];
    const rule = `stages[${this.stageIndex(stage.id)}].transitions[${index}]`;
    this.fire(at, rule, `condition ${t.if?.source} holds: moved to ${t.to}`);
    this.enter(t.to, at, { kind: 'condition', rule, ...lossReasonOf(t) });
  }

  // ---- actions -------------------------------------------------------------

  private runEscalation(
    steps: EscalationStep[],
    at: number,
    keyPrefix: string,
    rulePath: string,
    activityKey: string,
  ) {
    const visit = this.state.visit;
    steps.forEach((step, i) => {
      if (this.state.visit !== visit || this.state.closed) return; // moved on by an earlier step
      if (step.type === 'move') {
        if (!this.holds(step.if)) return;
        this.fire(at, `${rulePath}[${i}]`, `escalation: moved to ${step.to}`);
        this.enter(step.to, at, {
          kind: 'escalation',
          rule: `${rulePath}[${i}]`,
          ...lossReasonOf(step),
        });
        return;
      }
      this.runAction(step, at, `${keyPrefix}/${i}`, `${rulePath}[${i}]`, activityKey);
    });
  }

  private runActions(actions: Action[], at: number, keyPrefix: string, rulePath: string) {
    actions.forEach((action, i) =>
      this.runAction(action, at, `${keyPrefix}/${i}`, `${rulePath}[${i}]`),
    );
  }

  private runAction(action: Action, at: number, key: string, rule: string, activityKey?: string) {
    if (!this.holds(action.if)) return;
    const s = this.state;
    this.fired.at(-1)?.actions.push({
      rule,
      action: action.type,
      key,
      what: describeStep({ ...action, if: undefined }),
    });
    const command = actionCommand(action, at, key, activityKey);
    this.commands.push(command);
    if (command.type === 'create_activity') {
      s.activities[key] = {
        key,
        activity: command.activity,
        subject: command.subject,
        dueAt: command.dueAt,
        stage: s.stage,
        visit: s.visit,
      };
      this.watchOverdue(s.activities[key]);
    }
    if (command.type === 'set_field') setField(s.record, command.field, command.value);
  }
}
