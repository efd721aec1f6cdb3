import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Per deal and lead: how many planned, unarchived activities it has and the earliest of their due
 * times — the activity report's supervisor counters. Written only by the triggers on activity
 * (Migration20261204120100_record_plans), in the transaction of the write; checked against the
 * activities by `npm run reports -- verify` (docs/reports.md).
 */
@Entity({ tableName: 'record_plan' })
export class RecordPlan {
  @PrimaryKey({ type: 'string', length: 8 })
  recordType!: 'deal' | 'lead';

  @PrimaryKey({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'integer', default: 0 })
  planned = 0;

  /** The earliest due time of its planned activities; null when none is planned. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  firstDue?: Date | null;
}
