import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * What changed in the CRM, one row per written record, written by database triggers (migration
 * `live_changes`) whoever wrote it: an API instance, the worker's effects, a script. The live
 * stream reads it in commit order (`tx`, then `id`) and sends each change to the browsers allowed to see the
 * record; rows older than a few minutes are deleted.
 */
@Entity({ tableName: 'change_feed' })
@Index({ name: 'change_feed_tx_id_index', properties: ['tx', 'id'] })
export class ChangeFeedEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The table of the record: deal, lead, activity, quote, invoice, contact, company. */
  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'uuid' })
  recordId!: string;

  /** The deal the record belongs to (an activity, a quote, an invoice), if any. */
  @Property({ type: 'uuid', nullable: true })
  dealId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  leadId?: string | null;

  /** The responsible before and after the change: whoever may see the record then or now. */
  @Property({ type: 'uuid[]', columnType: 'uuid[]' })
  responsibleIds!: string[];

  /**
   * The writing transaction's id (migration `change_feed_commit_order`): ids are taken in write
   * order, transactions commit in another, so the reader follows (tx, id) below the oldest
   * transaction still running.
   */
  @Property({ type: 'string', columnType: 'xid8', defaultRaw: 'pg_current_xact_id()', lazy: true })
  tx!: string;

  @Index()
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  at!: Date;
}
