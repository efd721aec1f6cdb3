import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * When a record reached each rank of its rule set's latest version (libs/crm/stages/stage-reach.ts),
 * with the instants it reached the next rank and the first, and (rank 0) when it first entered a
 * lost stage and from which stage; with the record's scope and amounts, copied, so that the funnels
 * read the facts of their period without joining the records. Written only by the triggers of
 * Migration20261204120000_stage_facts, in the transaction of each write to the stage history, the
 * records and the rules; read by the funnel reports; checked by `npm run reports -- verify`.
 */
@Entity({ tableName: 'stage_reach' })
@Index({ properties: ['recordType', 'ruleSetId', 'at'] })
// The funnel's raw reads of the facts whose next or first rank fell in a partial month.
@Index({
  name: 'stage_reach_next_at_index',
  expression: `create index "stage_reach_next_at_index" on "stage_reach" ("record_type", "rule_set_id", "next_at") include ("at", "rank", "from_stage", "currency", "responsible_id", "source") where "archived_at" is null`,
})
@Index({
  name: 'stage_reach_first_at_index',
  expression: `create index "stage_reach_first_at_index" on "stage_reach" ("record_type", "rule_set_id", "first_at") include ("at", "rank", "from_stage", "currency", "responsible_id", "source") where "archived_at" is null`,
})
export class StageReach {
  @PrimaryKey({ type: 'string', length: 8 })
  recordType!: 'deal' | 'lead';

  @PrimaryKey({ type: 'uuid' })
  recordId!: string;

  /** 1…n the open stages, n + 1 won (converted); 0 the first entry into a lost (junk) stage. */
  @PrimaryKey({ type: 'smallint' })
  rank!: number;

  /** The record's pipeline (deals) or lead rules. */
  @Property({ type: 'string', length: 64 })
  ruleSetId!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;

  /** When it reached rank + 1; null if it has not. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  nextAt?: Date | null;

  /** When it reached rank 1. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  firstAt?: Date | null;

  /** Rank 0: the stage it was lost from. */
  @Property({ type: 'string', length: 64, nullable: true })
  fromStage?: string | null;

  /** Copied from the record (kept by the same triggers): its responsible now. */
  @Property({ type: 'uuid' })
  responsibleId!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  source?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  archivedAt?: Date | null;

  /** A deal's amount, currency and won amount now; null for leads. */
  @Property({ type: 'decimal', precision: 19, scale: 4, nullable: true })
  amount?: string | null;

  @Property({ type: 'string', length: 3, nullable: true })
  currency?: string | null;

  @Property({ type: 'decimal', precision: 19, scale: 4, nullable: true })
  wonAmount?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  /** A lead's conversion: what it became; null for deals. */
  @Property({ type: 'uuid', nullable: true })
  convertedContactId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  convertedCompanyId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  convertedDealId?: string | null;
}

/** A finished stay of a record in a stage (from entering it to the next change), kept as StageReach is. */
@Entity({ tableName: 'stage_stay' })
@Index({ properties: ['recordType', 'recordId'] })
@Index({ properties: ['recordType', 'ruleSetId', 'leftAt'] })
// The funnel's time in stage: a period's stays per stage, in stage order, index-only.
@Index({
  name: 'stage_stay_funnel_index',
  expression: `create index "stage_stay_funnel_index" on "stage_stay" ("record_type", "rule_set_id", "stage", "left_at") include ("at", "responsible_id", "source") where "archived_at" is null`,
})
export class StageStay {
  /** The stage-history row that entered the stage. */
  @PrimaryKey({ type: 'uuid' })
  changeId!: string;

  @Property({ type: 'string', length: 8 })
  recordType!: 'deal' | 'lead';

  @Property({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'string', length: 64 })
  stage!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  leftAt!: Date;

  /** The record's pipeline (deals) or lead rules. */
  @Property({ type: 'string', length: 64 })
  ruleSetId!: string;

  /** Copied from the record (kept by the same triggers): its responsible now. */
  @Property({ type: 'uuid' })
  responsibleId!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  source?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  archivedAt?: Date | null;
}

/**
 * The funnels' rollup: the stage facts (records not archived) counted per UTC month of reaching
 * a rank, of reaching the next rank and of reaching the first, rank, stage lost from, currency,
 * responsible and source, with their amounts (and amounts if won), conversions and seconds since
 * the record's creation, summed. Unique on those keys, nulls not distinct. Written only by the
 * triggers on stage_reach (Migration20261205100000_stage_reach_rollup); read by the funnel
 * reports for the whole months of their period; checked by `npm run reports -- verify`.
 */
@Entity({ tableName: 'stage_reach_rollup' })
@Index({
  name: 'stage_reach_rollup_key_unique',
  expression: `create unique index "stage_reach_rollup_key_unique" on "stage_reach_rollup" ("record_type", "rule_set_id", "month", "next_month", "first_month", "rank", "from_stage", "currency", "responsible_id", "source") nulls not distinct`,
})
@Index({
  name: 'stage_reach_rollup_empty_index',
  expression: `create index "stage_reach_rollup_empty_index" on "stage_reach_rollup" ("rule_set_id") where "count" = 0`,
})
export class StageReachRollup {
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  @Property({ type: 'string', length: 8 })
  recordType!: 'deal' | 'lead';

  @Property({ type: 'string', length: 64 })
  ruleSetId!: string;

  /** The first day of the UTC month the rank was reached in. */
  @Property({ type: 'date' })
  month!: string;

  /** The UTC month the next rank was reached in; null if it was not. */
  @Property({ type: 'date', nullable: true })
  nextMonth?: string | null;

  /** The UTC month rank 1 was reached in. */
  @Property({ type: 'date', nullable: true })
  firstMonth?: string | null;

  @Property({ type: 'smallint' })
  rank!: number;

  @Property({ type: 'string', length: 64, nullable: true })
  fromStage?: string | null;

  @Property({ type: 'string', length: 3, nullable: true })
  currency?: string | null;

  @Property({ type: 'uuid' })
  responsibleId!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  source?: string | null;

  @Property({ type: 'integer', default: 0 })
  count = 0;

  @Property({ type: 'decimal', columnType: 'numeric', default: 0 })
  amount = '0';

  /** The won amount where there is one, else the amount. */
  @Property({ type: 'decimal', columnType: 'numeric', default: 0 })
  wonAmount = '0';

  @Property({ type: 'integer', default: 0 })
  contacts = 0;

  @Property({ type: 'integer', default: 0 })
  companies = 0;

  @Property({ type: 'integer', default: 0 })
  deals = 0;

  /** Seconds from the record's creation to reaching the rank, summed. */
  @Property({ type: 'decimal', columnType: 'numeric', default: 0 })
  seconds = '0';
}
