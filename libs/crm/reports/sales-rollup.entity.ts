import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The sales report's rollup: per UTC month, responsible, pipeline, source, loss reason (lost deals
 * only), currency and kind (won, lost, payment), how many deals (not archived) closed that month
 * or payments were applied, their amounts, and the won deals' cycle seconds summed. Unique on
 * those keys, nulls not distinct (sales_rollup_key_unique). Written only by the triggers on deal,
 * payment and invoice (Migration20261204130000_sales_rollup), in the transaction of the write;
 * read by the sales report for the months that cover its period; checked against the raw rows by
 * `npm run reports -- verify` (docs/reports.md).
 */
@Entity({ tableName: 'sales_rollup' })
@Index({
  name: 'sales_rollup_key_unique',
  expression: `create unique index "sales_rollup_key_unique" on "sales_rollup" ("month", "responsible_id", "pipeline_id", "source", "loss_reason", "currency", "kind") nulls not distinct`,
})
export class SalesRollup {
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  /** The first day of the UTC month. */
  @Property({ type: 'date' })
  month!: string;

  @Property({ type: 'uuid' })
  responsibleId!: string;

  @Property({ type: 'string', length: 64 })
  pipelineId!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  source?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  lossReason?: string | null;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'text' })
  kind!: 'won' | 'lost' | 'payment';

  @Property({ type: 'integer', default: 0 })
  count = 0;

  @Property({ type: 'decimal', columnType: 'numeric', default: 0 })
  amount = '0';

  @Property({ type: 'decimal', columnType: 'numeric', default: 0 })
  cycleSeconds = '0';
}
