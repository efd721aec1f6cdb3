// The effects of the lead and deal workflows, by capability: what the workflow calls (through
// proxyActivities, with these types only) and what the worker registers (EFFECT_NAMES, checked
// against these types: one list, here).
import type {
  ActivityType,
  Assignee,
  Recipient,
  RecordSnapshot,
  RuleSet,
  StageKind,
} from '../../rules';
import type { EffectTarget, RecordKind } from './automation.contract';

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
  }): Promise<{ rules: RuleSet; snapshot?: RecordSnapshot }>;
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
    },
  ): Promise<void>;
  closeRecord(input: EffectTarget & { outcome: StageKind; at: number }): Promise<void>;
  createActivity(
    input: EffectTarget & {
      activity: ActivityType;
      subject: string;
      description?: string;
      dueAt: number;
      assignee: Assignee;
    },
  ): Promise<{ activityId: string }>;
  assign(input: EffectTarget & { assignee: Assignee }): Promise<{ responsibleId: string }>;
  setField(
    input: EffectTarget & { field: string; value: string | number | boolean | null },
  ): Promise<void>;
  recordRulesVersion(input: EffectTarget & { from: number; by: string }): Promise<void>;
}

/** Emails of the rules. */
export interface MailEffectsApi {
  sendEmail(
    input: EffectTarget & { template: string; to: Recipient },
  ): Promise<{ sentTo: string | null; note?: string }>;
  notify(
    input: EffectTarget & { template: string; to: Recipient; activityKey?: string },
  ): Promise<{ sentTo: string | null; note?: string }>;
}

/** Quotes and invoices of the rules. */
export interface DocumentEffectsApi {
  sendQuote(
    input: EffectTarget & { template: string; validUntil: number },
  ): Promise<{ quoteId: string | null; number?: string; note?: string }>;
  issueInvoice(
    input: EffectTarget & { dueAt: number; send: boolean; template?: string },
  ): Promise<{ invoiceId: string; number: string; paid: boolean }>;
}

/** What lead rules do beyond the record: conversion. */
export interface LeadEffectsApi {
  convertLead(input: EffectTarget & { pipeline?: string }): Promise<{ dealId: string | null }>;
}

/** The effects by capability: each group is one injectable service in the worker. */
export interface EffectGroups {
  records: RecordEffectsApi;
  mail: MailEffectsApi;
  documents: DocumentEffectsApi;
  leads: LeadEffectsApi;
}

export type EffectGroup = keyof EffectGroups;

/** Every effect the record workflows may call. */
export type AutomationEffectsApi = RecordEffectsApi &
  MailEffectsApi &
  DocumentEffectsApi &
  LeadEffectsApi;

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
    'createActivity',
    'assign',
    'setField',
    'recordRulesVersion',
  ],
  mail: ['sendEmail', 'notify'],
  documents: ['sendQuote', 'issueInvoice'],
  leads: ['convertLead'],
} as const satisfies { [G in EffectGroup]: readonly (keyof EffectGroups[G])[] };

type Unlisted<G extends EffectGroup> = Exclude<
  keyof EffectGroups[G],
  (typeof EFFECT_NAMES)[G][number]
>;
/** Fails to compile while an effect of a group is not in EFFECT_NAMES. */
export const EVERY_EFFECT_LISTED: { [G in EffectGroup]: Unlisted<G> extends never ? true : never } =
  { records: true, mail: true, documents: true, leads: true };
