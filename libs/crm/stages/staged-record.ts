import { type Ref } from '@mikro-orm/core';
import { type User } from '../users/user.entity';

/** The records that run through the stages of their rules, each in its own workflow. */
export type StagedKind = 'deal' | 'lead';

/** A value the rules may set on a field (`set_field`). */
export type RuleFieldValue = string | number | boolean | null;

/**
 * What leads and deals share as records of their rules: a stage (a deal's stage, a lead's status,
 * the projection their workflow writes), the rules version they run, an outcome once closed, and
 * the fields the rules see and may set, by the names the rules use (`deal.amount`,
 * `lead.custom.segment`). One record kind's twin code lives in one place: RecordStagesService.
 */
export interface StagedRecord {
  readonly id: string;
  readonly kind: StagedKind;
  /** The rule set the record runs (a deal: its pipeline). */
  readonly ruleSetId: string;
  rulesVersion: number;
  outcome: string;
  version: number;
  responsible: Ref<User>;
  custom: Record<string, unknown>;
  workflowStartedAt?: Date | null;
  /** The current stage; set only as the workflow's projection (or with the first stage). */
  stageId: string;
  /** The fields the rules see, by their names in the rules, custom fields included. */
  ruleFields(): Record<string, unknown>;
  /**
   * A deal entering a lost stage: why (a code of its rules' loss reasons) and the person's note.
   * Leads have no loss reasons.
   */
  noteLoss?(reason: string | null, note: string | null): void;
  /** Sets a field the rules may set; anything else is refused with a domain error. */
  setRuleField(field: string, value: RuleFieldValue): void;
}
