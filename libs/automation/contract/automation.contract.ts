// Types shared by the lead and deal workflows (deterministic code) and their effects (the
// worker). Types only: workflow code imports this file with `import type`.
import type {
  ActivityType,
  MachineState,
  PendingTimer,
  RecordInput,
  RuleSet,
  StageKind,
} from '../../rules';

export type { RecordInput } from '../../rules';

export type RecordKind = 'deal' | 'lead';

/** `deal-<id>` / `lead-<id>`: derived from the record, so starting twice finds the first. */
export function workflowIdOf(kind: RecordKind, recordId: string): string {
  return `${kind}-${recordId}`;
}

/** What a record workflow carries over continue-as-new. */
export interface CarriedState {
  state: MachineState;
  /** Counts the workflow's own effects that the interpreter does not key (stage writes). */
  seq: number;
  /** The last events, newest last, for the automation view. */
  recent: AutomationEvent[];
  /** CRM activity ids of the activities the rules created, by effect key. */
  activityIds: Record<string, string>;
  /**
   * The record's inputs (record input log): how many were numbered, and those not written yet.
   * Absent on state carried by code from before the log: its first entry is then the state.
   */
  inputs?: { next: number; unwritten: LoggedInput[] };
  /**
   * Deals: the due dates of the deal's unpaid invoices and the validity dates of its unanswered
   * quotes, by `<document>/<id>`: the workflow waits for the earliest with its one durable timer
   * (`patched('invoice-overdue-timers')`). Absent on state carried by code from before: the
   * workflow reads them from the deal's documents at its next wake-up.
   */
  deadlines?: Record<string, DocumentDeadline>;
}

/** When a deal's document lapses: an invoice becomes overdue, a quote expires. */
export interface DocumentDeadline {
  document: 'invoice' | 'quote';
  documentId: string;
  /** Epoch ms: the end of the due (or validity) date, UTC. */
  at: number;
  /** Set when lapsing it failed for good: when to try again. */
  retryAt?: number;
}

/** An input with its place in the record's log (0, 1, 2…). */
export interface LoggedInput {
  seq: number;
  input: RecordInput;
}

export interface RecordWorkflowInput {
  kind: RecordKind;
  recordId: string;
  /**
   * The rules version the record runs, pinned when it started (or migrated to). The workflow
   * reads the (immutable) content through an effect, so starting a workflow sends no more than
   * these names.
   */
  ruleSetId: string;
  version: number;
  carried?: CarriedState;
  /**
   * Continue as new after this many events in a run, besides when Temporal suggests it: keeps
   * histories short (and lets a test see the state carried over). Unset: only when suggested.
   */
  continueAfterEvents?: number;
}

/** Something that happened to the record, and what the rules did about it. */
export interface AutomationEvent {
  at: number;
  /**
   * The event that arrived (`event:<type>`), the rule that fired on its own (a timer's path in
   * the rules, `start`, `manual`, `migration`), or an effect's note (`effect:<type>`).
   */
  rule: string;
  what: string;
  /** What it caused, in order; absent on events kept before the workflow recorded it. */
  caused?: CausedStep[];
}

/** A rule that fired (a move), or an action it ran (with the key of its effect). */
export interface CausedStep {
  rule: string;
  what: string;
  action?: string;
  key?: string;
}

/** Events people and systems send into a running record workflow (signal `recordEvent`). */
export type ExternalEvent =
  | { type: 'activity_completed'; activityId: string; activity: ActivityType; outcome?: string }
  | { type: 'activity_rescheduled'; activityId: string; dueAt: number }
  | { type: 'activity_cancelled'; activityId: string }
  | { type: 'quote_accepted' | 'quote_declined'; quoteId: string }
  | { type: 'invoice_paid' | 'payment_received'; invoiceId: string }
  | { type: 'lead_converted'; dealId?: string }
  | { type: 'field_changed'; field: string; value: unknown }
  /**
   * A document of the deal got (or changed) the date it lapses at, or no longer has one (`at`
   * null: paid, answered, cancelled, archived, moved to another deal). Not an event of the rules:
   * the workflow keeps the date and, when it comes, marks the document (invoice_overdue,
   * quote_expired).
   */
  | {
      type: 'document_deadline';
      document: 'invoice' | 'quote';
      documentId: string;
      at: number | null;
    };

export interface MoveRequest {
  to: string;
  by: { id: string; role: 'admin' | 'salesops' | 'head' | 'manager' | 'integration' };
  override?: boolean;
  /** To a lost stage: why (a code of the rules' loss reasons), and a note. */
  lossReason?: string;
  lossNote?: string;
}

export interface MoveResult {
  stage: string;
  closed: boolean;
}

export interface RulesMigrationRequest {
  rules: RuleSet;
  by: string;
}

/** The answer of the `automation` query: what the automation is doing with the record. */
export interface AutomationView {
  workflowId: string;
  kind: RecordKind;
  recordId: string;
  ruleSetId: string;
  rulesVersion: number;
  /** Both null while the record is starting (its first step not yet carried out). */
  stage: string | null;
  enteredAt: string | null;
  closed: { kind: StageKind; at: string } | null;
  pendingTimers: { id: string; at: string; kind: PendingTimer['kind']; description: string }[];
  openFollowUps: {
    key: string;
    activityId: string | null;
    activity: ActivityType;
    subject: string;
    dueAt: string;
  }[];
  /** Deals: when their documents lapse (an invoice overdue, a quote expired), earliest first. */
  documentDeadlines: { document: 'invoice' | 'quote'; documentId: string; at: string }[];
  /**
   * The last events, newest first, each with what it caused: the rules that fired (moves) and
   * the actions they ran, each with its place in the rules (`stages[1].on_enter[0]`).
   */
  lastEvents: {
    at: string;
    rule: string;
    what: string;
    caused: { rule: string; what: string; action: string | null; key: string | null }[];
  }[];
  pendingMigration: number | null;
}

/** What every effect is told: whose it is and its key (unique within the workflow). */
export type { EffectTarget } from '../../rules/actions/kit/action-plugin';
