import { ACTION_PLUGINS, type PluginAction } from '../actions/registry';
import { type ActivityType } from '../values/activity-types';
import { type Duration } from '../values/duration';

/**
 * The rules language after checking: what the interpreter runs and what is
 * published. Plain JSON-able data, importable by workflow code (no Node, no I/O).
 * The YAML that sales ops write is described in docs/rules.md; the checker
 * turns it into this shape.
 */

export type RuleSetKind = 'pipeline' | 'lead';

/** open: work in progress. won / lost close a deal; converted / junk close a lead. */
export type StageKind = 'open' | 'won' | 'lost' | 'converted' | 'junk';

export const CLOSING_KINDS: Record<RuleSetKind, readonly StageKind[]> = {
  pipeline: ['won', 'lost'],
  lead: ['converted', 'junk'],
};

// The values rules are written in, shared with the actions (libs/rules/values).
export { ACTIVITY_TYPES, type ActivityType } from '../values/activity-types';
export { type Assignee } from '../values/assignee';
export { type Duration } from '../values/duration';

/** An expression as written; the interpreter parses it (it was checked at publish). */
export interface Condition {
  source: string;
}

/** Who receives a notification or an email, or who is assigned. */
export type Recipient = 'responsible' | 'head' | 'contact';

interface ActionBase {
  if?: Condition;
}

/** An action of the rules: each is a plug-in (libs/rules/actions), a folder of its own. */
export type Action = ActionBase & PluginAction;

export type ActionType = Action['type'];

export const ACTION_TYPES: readonly ActionType[] = ACTION_PLUGINS.map((p) => p.type);

/**
 * What an escalation of an overdue activity may do besides ordinary actions; a move to a lost
 * stage may say why (one of the rule set's loss reasons).
 */
export type EscalationStep =
  Action | { type: 'move'; to: string; if?: Condition; lossReason?: string };

export type EventFilter =
  | { event: 'activity_completed'; activity?: ActivityType; outcome?: string }
  | { event: 'quote_sent' | 'quote_accepted' | 'quote_declined' | 'quote_expired' }
  | { event: 'payment_received' | 'invoice_paid' | 'invoice_overdue' }
  | { event: 'lead_converted' }
  | { event: 'field_changed'; field: string; to?: string | number | boolean | null };

export type EventType = EventFilter['event'];

export const EVENT_TYPES: readonly EventType[] = [
  'activity_completed',
  'quote_sent',
  'quote_accepted',
  'quote_declined',
  'quote_expired',
  'payment_received',
  'invoice_paid',
  'invoice_overdue',
  'field_changed',
  'lead_converted',
];

/** Events that belong to one kind of rule set only. */
export const EVENTS_OF_KIND: Record<EventType, RuleSetKind | 'both'> = {
  activity_completed: 'both',
  field_changed: 'both',
  quote_sent: 'pipeline',
  quote_accepted: 'pipeline',
  quote_declined: 'pipeline',
  quote_expired: 'pipeline',
  payment_received: 'pipeline',
  invoice_paid: 'pipeline',
  invoice_overdue: 'pipeline',
  lead_converted: 'lead',
};

/** One way out of a stage: on an event, after a time in the stage, or when a condition holds. */
export interface Transition {
  to: string;
  on?: EventFilter;
  after?: Duration;
  if?: Condition;
  /** To a lost stage: why the deal is lost (a code of the rule set's `lossReasons`). */
  lossReason?: string;
}

/** Repeats its actions every `every` while the record stays in the stage, at most `times` times. */
export interface FollowUp {
  every: Duration;
  times?: number;
  do: Action[];
}

/** When an activity of this type, created in this stage, is still open `after` its due time. */
export interface Escalation {
  activity: ActivityType;
  after: Duration;
  do: EscalationStep[];
}

export interface Stage {
  id: string;
  name: string;
  order: number;
  kind: StageKind;
  /** Whether a person may move the record back from this stage to an earlier one. */
  allowBack: boolean;
  onEnter: Action[];
  transitions: Transition[];
  followUps: FollowUp[];
  whenOverdue: Escalation[];
}

/** Why a deal was lost, as a pipeline names it: a code stored on the deal, a label for people. */
export interface LossReason {
  code: string;
  label: string;
}

export interface EmailTemplate {
  subject: string;
  body: string;
}

export interface RuleSet {
  kind: RuleSetKind;
  id: string;
  name: string;
  version: number;
  /** Pipelines: the currency of their deals (ISO 4217). */
  currency?: string;
  /** Pipelines: closing as won needs the invoice paid, unless a head overrides. */
  wonRequiresPayment: boolean;
  /**
   * Pipelines: why a deal may be lost. A person moving a deal to a lost stage names one; the rules
   * may name one for their moves. Absent in versions published before loss reasons existed (and
   * in pipelines that name none): a move to lost then takes no reason.
   */
  lossReasons?: LossReason[];
  /** In order. */
  stages: Stage[];
  templates: Record<string, EmailTemplate>;
}

export function findStage(rules: RuleSet, id: string): Stage | undefined {
  return rules.stages.find((s) => s.id === id);
}

export function isClosingKind(kind: StageKind): boolean {
  return kind !== 'open';
}

/** The rules' loss reason of that code, if any. */
export function findLossReason(rules: RuleSet, code: string): LossReason | undefined {
  return rules.lossReasons?.find((r) => r.code === code);
}
