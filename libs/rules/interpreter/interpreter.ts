import { addDuration } from '../language/duration';
import { conditionHolds } from '../language/expression';
import {
  type Action,
  type Condition,
  type EscalationStep,
  type EventFilter,
  findStage,
  isClosingKind,
  type RuleSet,
  type Stage,
  type Transition,
} from '../language/rule-set';
import {
  type Actor,
  type Cause,
  type Command,
  type Firing,
  type MachineState,
  type MoveRefusal,
  type PendingTimer,
  type TrackedActivity,
  type RecordSnapshot,
  type RulesEvent,
  type Step,
} from './machine';

/**
 * The rules interpreter: pure and deterministic. Given the rules, the state
 * and an event (a timer firing comes with its time), it returns the new state
 * and the commands to carry out. No clock, no I/O, no randomness: the lead and
 * deal workflows import it, and so does the simulator.
 */

/** Stages entered in a row by conditions alone before the interpreter stops (a loop in the rules). */
const MAX_CHAINED_MOVES = 16;

export class RulesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RulesError';
  }
}

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
  run.enter(first.id, at, { kind: 'start' });
  return run.result();
}

/** Applies one event. A closed record ignores everything. */
export function handle(rules: RuleSet, state: MachineState, event: RulesEvent): Step {
  const run = new Run(rules, clone(state));
  if (state.closed) return run.result();
  if (event.type === 'manual_move') {
    const refusal = checkManualMove(rules, state, event.to, event.by, event.override);
    if (refusal) return { state, commands: [], fired: [], refused: refusal };
  }
  run.apply(event);
  return run.result();
}

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
 * Moves a record to another version of its rules, at a safe point (between events). It stays in
 * its stage and nothing of the stage's on_enter runs again; the stage's timers are set anew from
 * the new rules, counted from when the stage was entered (a follow-up continues with the
 * repetitions already done); open activities keep their overdue checks where the new stage
 * still escalates that kind of activity.
 */
export function migrate(next: RuleSet, state: MachineState, at: number): Step {
  const reason = checkMigration(state, next);
  if (reason) throw new RulesError(reason);
  const run = new Run(next, clone(state));
  run.rescheduleAfterMigration(at, state.version);
  return run.result();
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

class Run {
  private readonly commands: Command[] = [];
  private readonly fired: Firing[] = [];
  private chained = 0;

  constructor(
    private readonly rules: RuleSet,
    private readonly state: MachineState,
  ) {}

  result(): Step {
    return { state: this.state, commands: this.commands, fired: this.fired };
  }

  private stageOf(id: string): Stage {
    const stage = findStage(this.rules, id);
    if (!stage)
      throw new RulesError(`stage "${id}" is not in ${this.rules.id} v${this.rules.version}`);
    return stage;
  }

  private stageIndex(id: string): number {
    return this.rules.stages.findIndex((s) => s.id === id);
  }

  private holds(condition: Condition | undefined): boolean {
    return condition === undefined || conditionHolds(condition.source, this.state.record);
  }

  private fire(at: number, rule: string, what: string) {
    this.fired.push({ at, rule, what });
  }

  // ---- events --------------------------------------------------------------

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
      this.enter(t.to, event.at, { kind: 'event', rule, event: event.type });
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
      this.enter(t.to, at, { kind: 'timer', rule });
      return;
    }
    if (timer.kind === 'follow_up') {
      const f = stage.followUps[timer.index];
      const rule = `stages[${stageIndex}].follow_up[${timer.index}]`;
      const doneKey = `${timer.visit}:${timer.index}`;
      const done = (this.state.followUpsDone[doneKey] ?? 0) + 1;
      this.state.followUpsDone[doneKey] = done;
      this.fire(at, rule, `follow-up ${done}${f.times ? ` of ${f.times}` : ''}`);
      this.runActions(f.do, at, `${this.visitKey()}/follow_up/${timer.index}#${done}`);
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

  rescheduleAfterMigration(at: number, fromVersion: number): void {
    const s = this.state;
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
        description: `move to ${t.to} after ${t.after.text} in ${s.stage}${t.if ? ` if ${t.if.source}` : ''}`,
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
        description: `follow-up ${done + 1}${f.times ? ` of ${f.times}` : ''} (every ${f.every.text}): ${f.do.map((a) => a.type).join(', ')}`,
      });
    });
    for (const activity of Object.values(s.activities))
      this.watchOverdue(activity, { idPrefix: `${activity.key}/v${s.version}`, notBefore: at });
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

    this.runActions(stage.onEnter, at, `${this.visitKey()}/enter`);
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
          description: `move to ${t.to} after ${t.after.text} in ${to}${t.if ? ` if ${t.if.source}` : ''}`,
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
    this.enter(t.to, at, { kind: 'condition', rule });
  }

  private visitKey(): string {
    return `${this.state.stage}#${this.state.visit}`;
  }

  private scheduleFollowUp(stage: Stage, index: number, from: number, occurrence: number) {
    const f = stage.followUps[index];
    this.startTimer({
      id: `${this.visitKey()}/follow_up/${index}#${occurrence}`,
      at: addDuration(from, f.every),
      kind: 'follow_up',
      stage: stage.id,
      visit: this.state.visit,
      index,
      occurrence,
      description: `follow-up ${occurrence}${f.times ? ` of ${f.times}` : ''} (every ${f.every.text}): ${f.do.map((a) => a.type).join(', ')}`,
    });
  }

  private startTimer(timer: PendingTimer) {
    this.state.timers[timer.id] = timer;
    this.commands.push({
      type: 'start_timer',
      id: timer.id,
      at: timer.at,
      description: timer.description,
    });
  }

  private cancelTimer(id: string) {
    if (!this.state.timers[id]) return;
    delete this.state.timers[id];
    this.commands.push({ type: 'cancel_timer', id });
  }

  /**
   * The overdue checks of an activity the rules created, from its due time (not before
   * `notBefore`: a migration sets them anew and one already past fires at once).
   */
  private watchOverdue(
    activity: TrackedActivity,
    options: { idPrefix?: string; notBefore?: number } = {},
  ) {
    const stage = this.stageOf(this.state.stage);
    const prefix =
      options.idPrefix ??
      (activity.rescheduled ? `${activity.key}~${activity.rescheduled}` : activity.key);
    stage.whenOverdue.forEach((e, i) => {
      if (e.activity !== activity.activity) return;
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

  private forgetActivity(key: string) {
    delete this.state.activities[key];
    for (const t of Object.values(this.state.timers))
      if (t.activityKey === key) this.cancelTimer(t.id);
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
        this.enter(step.to, at, { kind: 'escalation', rule: `${rulePath}[${i}]` });
        return;
      }
      this.runAction(step, at, `${keyPrefix}/${i}`, activityKey);
    });
  }

  private runActions(actions: Action[], at: number, keyPrefix: string) {
    actions.forEach((action, i) => this.runAction(action, at, `${keyPrefix}/${i}`));
  }

  private runAction(action: Action, at: number, key: string, activityKey?: string) {
    if (!this.holds(action.if)) return;
    const s = this.state;
    switch (action.type) {
      case 'create_activity': {
        const dueAt = addDuration(at, action.due);
        this.commands.push({
          type: 'create_activity',
          key,
          activity: action.activity,
          subject: action.subject,
          ...(action.description !== undefined ? { description: action.description } : {}),
          dueAt,
          assignee: action.assignee,
        });
        s.activities[key] = {
          key,
          activity: action.activity,
          subject: action.subject,
          dueAt,
          stage: s.stage,
          visit: s.visit,
        };
        this.watchOverdue(s.activities[key]);
        return;
      }
      case 'send_quote':
        this.commands.push({
          type: 'send_quote',
          key,
          template: action.template,
          validUntil: addDuration(at, action.validFor),
        });
        return;
      case 'issue_invoice':
        this.commands.push({
          type: 'issue_invoice',
          key,
          dueAt: addDuration(at, action.due),
          send: action.send,
          ...(action.template ? { template: action.template } : {}),
        });
        return;
      case 'send_email':
        this.commands.push({ type: 'send_email', key, template: action.template, to: action.to });
        return;
      case 'notify':
        this.commands.push({
          type: 'notify',
          key,
          template: action.template,
          to: action.to,
          ...(activityKey ? { activityKey } : {}),
        });
        return;
      case 'assign':
        this.commands.push({ type: 'assign', key, assignee: action.assignee });
        return;
      case 'set_field':
        setField(s.record, action.field, action.value);
        this.commands.push({ type: 'set_field', key, field: action.field, value: action.value });
        return;
      case 'convert':
        this.commands.push({
          type: 'convert',
          key,
          ...(action.pipeline ? { pipeline: action.pipeline } : {}),
        });
        return;
    }
  }
}

function matches(filter: EventFilter, event: RulesEvent): boolean {
  if (filter.event !== event.type) return false;
  if (filter.event === 'activity_completed' && event.type === 'activity_completed') {
    return (
      (!filter.activity || filter.activity === event.activity) &&
      (!filter.outcome || filter.outcome === event.outcome)
    );
  }
  if (filter.event === 'field_changed' && event.type === 'field_changed') {
    return (
      filter.field === event.field &&
      (filter.to === undefined || String(filter.to) === String(event.value))
    );
  }
  return true;
}

/** Sets `deal.custom.segment` style paths in the snapshot. */
function setField(record: RecordSnapshot, field: string, value: unknown): void {
  const path = field.split('.');
  let target: Record<string, unknown> = record;
  for (const part of path.slice(0, -1)) {
    const next = target[part];
    if (next === null || typeof next !== 'object') target[part] = {};
    target = target[part] as Record<string, unknown>;
  }
  target[path[path.length - 1]] = value;
}

/** Structured clone of plain data, without relying on a global the workflow sandbox may lack. */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
