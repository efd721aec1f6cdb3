import { Migration } from '@mikro-orm/migrations';

/**
 * The change feed read in commit order. Its ids come from a sequence when a row is written, and
 * transactions commit in another order: a reader that had passed id 8 never saw id 6, written by
 * a transaction that committed after 8's (the worker's write of a follow-up, lost to the live
 * stream). Each row now keeps its transaction's id; the reader takes only rows of transactions
 * older than every one still running (the snapshot's xmin), in (transaction, id) order, so a row
 * can no longer appear behind the reader's position.
 */
export class Migration20261205090000_change_feed_commit_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "change_feed" add column "tx" xid8 not null default pg_current_xact_id();`,
    );
    this.addSql(`create index "change_feed_tx_id_index" on "change_feed" ("tx", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "change_feed_tx_id_index";`);
    this.addSql(`alter table "change_feed" drop column if exists "tx";`);
  }
}
