import { Migration } from '@mikro-orm/migrations';

/**
 * The invoice lifecycle (issue 16): when an invoice became overdue, its cancellation (when, by
 * whom, why), when a quote expired, and who matched an unmatched payment to an invoice and when.
 * The statuses themselves (overdue, cancelled, expired) were in the check constraints already;
 * now the code sets them.
 */
export class Migration20261204040000_invoice_lifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "invoice" add column "overdue_at" timestamptz null, add column "cancelled_at" timestamptz null, add column "cancelled_by_id" uuid null, add column "cancel_reason" text null;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_cancelled_by_id_foreign" foreign key ("cancelled_by_id") references "crm_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "quote" add column "expired_at" timestamptz null;`);
    this.addSql(
      `alter table "payment" add column "matched_at" timestamptz null, add column "matched_by_id" uuid null;`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_matched_by_id_foreign" foreign key ("matched_by_id") references "crm_user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "payment" drop constraint "payment_matched_by_id_foreign";`);
    this.addSql(`alter table "payment" drop column "matched_at", drop column "matched_by_id";`);
    this.addSql(`alter table "quote" drop column "expired_at";`);
    this.addSql(`alter table "invoice" drop constraint "invoice_cancelled_by_id_foreign";`);
    this.addSql(
      `alter table "invoice" drop column "overdue_at", drop column "cancelled_at", drop column "cancelled_by_id", drop column "cancel_reason";`,
    );
  }
}
