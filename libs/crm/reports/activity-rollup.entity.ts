import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The activity report's rollup: per UTC day, responsible and activity type, how many activities
 * (not archived) fell due that day (all, still planned, cancelled), were done that day (all, at
 * or before their due time) and were created that day (by the rules, by hand). Written only by
 * the triggers on activity (Migration20261203230000_activity_rollup), in the transaction of the
 * write; read by the activity report for the whole days of its period; checked against the raw
 * rows by `npm run reports -- verify` (docs/reports.md).
 */
@Entity({ tableName: 'activity_rollup' })
export class ActivityRollup {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'uuid' })
  responsibleId!: string;

  @PrimaryKey({ type: 'text' })
  type!: string;

  @Property({ type: 'integer', default: 0 })
  due = 0;

  @Property({ type: 'integer', default: 0 })
  duePlanned = 0;

  @Property({ type: 'integer', default: 0 })
  dueCancelled = 0;

  @Property({ type: 'integer', default: 0 })
  done = 0;

  @Property({ type: 'integer', default: 0 })
  doneOnTime = 0;

  @Property({ type: 'integer', default: 0 })
  createdByRules = 0;

  @Property({ type: 'integer', default: 0 })
  createdByHand = 0;
}
