// The effects of the lead and deal workflows, by capability: what the workflow calls (through
// proxyActivities, with these types only) and what the worker registers (EFFECT_NAMES, checked
// against these types: one list, here).
import type { PendingTimer, RecordSnapshot, RuleSet, StageKind } from '../../rules';
import type { PluginEffectsApi } from '../../rules/actions/registry';
import type {
  DocumentDeadline,
  EffectTarget,
  LoggedInput,
  RecordKind,
} from './automation.contract';
import type { ReminderEffectsApi } from './activity-reminder.contract';
import type { RecordImportEffectsApi } from './record-import.contract';
import type { RulesMigrationEffectsApi } from './rules-migration.contract';

/** What the workflow writes on its record. */
export interface RecordEffectsApi {
  /**
   * What a run starts from, in one effect: its published rules version (immutable, so reading it
   * is deterministic enough to record) and, for a record's first run, the record's fields as
   * conditions and templates see them (reading them marks the record's workflow as running).
   */
  begin(input: {
    ruleSetId: string;
    version: number;
    kind: RecordKind;
    recordId: string;
    snapshot: boolean;
    /** Deals (`patched('invoice-overdue-timers')`): the deadlines of the deal's documents too. */
    deadlines?: boolean;
  }): Promise<{ rules: RuleSet; snapshot?: RecordSnapshot; deadlines?: DocumentDeadline[] }>;
  /** `begin`'s first half, for runs started before it existed. */
  loadRules(input: { ruleSetId: string; version: number }): Promise<RuleSet>;
  /** `begin`'s second half, for runs started before it existed. */
  loadSnapshot(input: { kind: RecordKind; recordId: string }): Promise<RecordSnapshot>;
  /** The stage on the record (its projection) and a stage-history row. */
  recordStage(
    input: EffectTarget & {
      from: string | null;
      to: string;
      at: number;
      cause: string;
      byUserId: string | null;
      /** A move to a lost stage: why, and a person's note (given only when there is one). */
      lossReason?: string;
      lossNote?: string;
    },
  ): Promise<void>;
  closeRecord(input: EffectTarget & { outcome: StageKind; at: number }): Promise<void>;
  recordRulesVersion(input: EffectTarget & { from: number; by: string }): Promise<void>;
  /**
   * The record's pending rule timers, all of them, replacing those written before: the upcoming
   * automation across records (pending_automation) reads them. Called whenever they change;
   * idempotent by nature (it writes a state, not a change).
   */
  syncPendingAutomation(input: {
    kind: RecordKind;
    recordId: string;
    workflowId: string;
    ruleSetId: string;
    version: number;
    timers: PendingTimer[];
  }): Promise<void>;
  /**
   * Appends the record's inputs to the record input log; an entry written before (a retry, a
   * replay) is kept as it was, so it is idempotent by its numbers.
   */
  logInputs(input: {
    kind: RecordKind;
    recordId: string;
    workflowId: string;
    ruleSetId: string;
    inputs: LoggedInput[];
  }): Promise<void>;
}

/** A deal's quotes and invoices as its workflow watches them: when each lapses, and lapsing it. */
export interface DocumentEffectsApi {
  /**
   * When the deal's unpaid invoices become overdue and its unanswered quotes expire: for a run
   * that carries no deadlines (its state came from code from before them).
   */
  documentDeadlines(input: { dealId: string }): Promise<DocumentDeadline[]>;
  /**
   * Marks the invoice overdue (the quote expired), once per key, when it still lapses then: an
   * invoice unpaid (nor cancelled, nor archived) whose due date is over by `at`, a quote neither
   * answered nor archived whose validity date is over, and still the deal's. `lapsed` false: it
   * did not (paid in time, answered, its date moved on), and the rules hear nothing.
   */
  lapseDocument(
    input: EffectTarget & { document: 'invoice' | 'quote'; documentId: string; at: number },
  ): Promise<{ lapsed: boolean; number: string | null; why?: string }>;
}

/**
 * The effects by capability: each group is one injectable service in the worker. (Each action's
 * effects are its plug-in's, libs/rules/actions.)
 */
export interface EffectGroups {
  records: RecordEffectsApi;
  documents: DocumentEffectsApi;
  /** A bulk migration's batches and status (the rules-migration workflow's). */
  migrations: RulesMigrationEffectsApi;
  /** An activity's reminder (the activity-reminder workflow's). */
  reminders: ReminderEffectsApi;
  /** A CSV import's batches, its leads' workflow starts and its status (the import workflow's). */
  imports: RecordImportEffectsApi;
}

export type EffectGroup = keyof EffectGroups;

/**
 * Every effect the record workflows may call: the groups above, and the effects of the actions
 * (each declared in its plug-in's folder under libs/rules/actions, bound by the worker from
 * apps/worker/action-effects.ts).
 */
export type AutomationEffectsApi = RecordEffectsApi & DocumentEffectsApi & PluginEffectsApi;

/** The input of an effect, by name. */
export type EffectInput<K extends keyof AutomationEffectsApi> = Parameters<
  AutomationEffectsApi[K]
>[0];

/**
 * The names of the effects of each group: what the worker registers. Checked against the
 * interfaces above both ways (a name that is not an effect, or an effect left out, fails to
 * compile), so the worker's list cannot drift from the contract.
 */
export const EFFECT_NAMES = {
  records: [
    'begin',
    'loadRules',
    'loadSnapshot',
    'recordStage',
    'closeRecord',
    'recordRulesVersion',
    'syncPendingAutomation',
    'logInputs',
  ],
  documents: ['documentDeadlines', 'lapseDocument'],
  migrations: ['migrateBatch', 'setMigrationStatus'],
  reminders: ['remindOfActivity'],
  imports: ['importBatch', 'startImportedWorkflows', 'setImportPhase'],
} as const satisfies { [G in EffectGroup]: readonly (keyof EffectGroups[G])[] };

type Unlisted<G extends EffectGroup> = Exclude<
  keyof EffectGroups[G],
  (typeof EFFECT_NAMES)[G][number]
>;
/** Fails to compile while an effect of a group is not in EFFECT_NAMES. */
export const EVERY_EFFECT_LISTED: { [G in EffectGroup]: Unlisted<G> extends never ? true : never } =
  { records: true, documents: true, migrations: true, reminders: true, imports: true };
