import { type PluginCommand } from '../actions/registry';
import { type Action, type ActivityType, type StageKind } from '../language/rule-set';

/**
 * The types the interpreter exchanges with whoever runs it (the lead and deal
 * workflows, the simulator). All plain data: the state survives
 * continue-as-new and is stored in workflow history as JSON.
 */

/** The record's fields as conditions and templates see them: { deal: {...}, contact: {...} }. */
export type RecordSnapshot = Record<string, Record<string, unknown>>;

export interface PendingTimer {
  id: string;
  /** Epoch ms. */
  at: number;
  kind: 'transition' | 'follow_up' | 'overdue';
  stage: string;
  visit: number;
  /** Index of the transition, follow-up or escalation in its stage. */
  index: number;
  /** Follow-ups: which repetition this timer starts (1-based). */
  occurrence?: number;
  /** Overdue checks: the activity they watch. */
  activityKey?: string;
  /** For people: what the timer will do. */
  description: string;
}

export interface TrackedActivity {
  key: string;
  activity: ActivityType;
  subject: string;
  dueAt: number;
  stage: string;
  visit: number;
  /** Times a person moved its due time: the overdue checks of each are keyed apart. */
  rescheduled?: number;
}

export interface MachineState {
  ruleSetId: string;
  version: number;
  stage: string;
  /** How many times a stage has been entered: keys of effects and timers carry it. */
  visit: number;
  enteredAt: number;
  closed?: { kind: StageKind; at: number };
  record: RecordSnapshot;
  timers: Record<string, PendingTimer>;
  /** Open activities created by the rules in the current stage. */
  activities: Record<string, TrackedActivity>;
  /** Follow-up repetitions done, by `<visit>:<index>`. */
  followUpsDone: Record<string, number>;
  invoicePaid: boolean;
}

export interface Actor {
  /** A user id, or `rules` for the automation. */
  id: string;
  role?: 'admin' | 'salesops' | 'head' | 'manager' | 'integration';
}

export type RulesEvent =
  | {
      type: 'activity_completed';
      at: number;
      activity: ActivityType;
      outcome?: string;
      key?: string;
    }
  /** A person moved an activity the rules created: its overdue checks follow the new due time. */
  | { type: 'activity_rescheduled'; at: number; key: string; dueAt: number }
  /** A person cancelled it: nothing escalates it any more. */
  | { type: 'activity_cancelled'; at: number; key: string }
  | { type: 'quote_sent' | 'quote_accepted' | 'quote_declined'; at: number }
  /** The deal's workflow found a quote past its validity date, unanswered, and marked it expired. */
  | { type: 'quote_expired'; at: number }
  | { type: 'payment_received' | 'invoice_paid' | 'lead_converted'; at: number }
  /** The deal's workflow found an invoice unpaid past its due date and marked it overdue. */
  | { type: 'invoice_overdue'; at: number }
  | { type: 'field_changed'; at: number; field: string; value: unknown }
  | { type: 'timer_fired'; at: number; timerId: string }
  | {
      type: 'manual_move';
      at: number;
      to: string;
      by: Actor;
      override?: boolean;
      /** To a lost stage: why (a code of the rules' loss reasons), and the person's note. */
      lossReason?: string;
      lossNote?: string;
    };

/** Why the stage changed: the rule that fired (its path in the rules) or the person who moved it. */
export interface Cause {
  kind: 'start' | 'event' | 'timer' | 'condition' | 'escalation' | 'manual';
  rule?: string;
  event?: string;
  by?: string;
  /** A manual move that overrode a rule (a head closing an unpaid deal as won). */
  override?: boolean;
  /** A move to a lost stage: why (a code of the rules' loss reasons); a person's note beside it. */
  lossReason?: string;
  lossNote?: string;
}

/** What the runner must carry out. Effects carry a key unique within the record, for idempotency. */
export type Command =
  | {
      type: 'move_stage';
      from: string | null;
      to: string;
      at: number;
      cause: Cause;
      version: number;
    }
  | { type: 'close'; outcome: StageKind; at: number }
  // The commands of the actions, each a plug-in (libs/rules/actions).
  | PluginCommand
  | { type: 'start_timer'; id: string; at: number; description: string }
  | { type: 'cancel_timer'; id: string };

export type EffectCommand = Exclude<
  Command,
  { type: 'move_stage' | 'close' | 'start_timer' | 'cancel_timer' }
>;

/** A rule that fired, for "what did the automation do and why". */
export interface Firing {
  at: number;
  /** Its path in the rules (`stages[0].transitions[1]`), `start`, `manual` or `migration`. */
  rule: string;
  what: string;
  /** The actions it ran (a stage's on_enter, a follow-up's or an escalation's steps), in order. */
  actions: FiredAction[];
}

/** An action of the rules that ran: its own path in the rules, its type and its effect's key. */
export interface FiredAction {
  /** `stages[1].on_enter[0]`, `stages[2].follow_up[0].do[1]`, `stages[0].when_overdue[0].do[0]`. */
  rule: string;
  action: Action['type'];
  /** The key of the command it issued (unique within the record). */
  key: string;
  what: string;
}

export interface Step {
  state: MachineState;
  commands: Command[];
  fired: Firing[];
  /** Set when a manual move was refused; nothing changed then. */
  refused?: MoveRefusal;
}

export interface MoveRefusal {
  code:
    | 'unknown_stage'
    | 'same_stage'
    | 'closed'
    | 'backward'
    | 'not_paid'
    | 'loss_reason_required'
    | 'unknown_loss_reason'
    | 'loss_reason_not_lost';
  reason: string;
}
