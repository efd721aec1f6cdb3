// Types shared by the lead and deal workflows (deterministic code) and their effects (the
// worker). Types only: workflow code imports this file with `import type`.
import type { ActivityType, MachineState, PendingTimer, RuleSet, StageKind } from '../../rules';

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

export interface AutomationEvent {
  at: number;
  /** The rule that fired (its path in the rules), `manual`, or the event that arrived. */
  rule: string;
  what: string;
}

/** Events people and systems send into a running record workflow (signal `recordEvent`). */
export type ExternalEvent =
  | { type: 'activity_completed'; activityId: string; activity: ActivityType; outcome?: string }
  | { type: 'activity_rescheduled'; activityId: string; dueAt: number }
  | { type: 'activity_cancelled'; activityId: string }
  | { type: 'quote_accepted' | 'quote_declined'; quoteId: string }
  | { type: 'invoice_paid' | 'payment_received'; invoiceId: string }
  | { type: 'lead_converted'; dealId?: string }
  | { type: 'field_changed'; field: string; value: unknown };

export interface MoveRequest {
  to: string;
  by: { id: string; role: 'admin' | 'salesops' | 'head' | 'manager' | 'integration' };
  override?: boolean;
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
  stage: string;
  enteredAt: string;
  closed: { kind: StageKind; at: string } | null;
  pendingTimers: { id: string; at: string; kind: PendingTimer['kind']; description: string }[];
  openFollowUps: {
    key: string;
    activityId: string | null;
    activity: ActivityType;
    subject: string;
    dueAt: string;
  }[];
  lastEvents: { at: string; rule: string; what: string }[];
  pendingMigration: number | null;
}

/** What every effect is told: whose it is and its key (unique within the workflow). */
export interface EffectTarget {
  kind: RecordKind;
  recordId: string;
  workflowId: string;
  key: string;
  ruleSetId: string;
  version: number;
}
