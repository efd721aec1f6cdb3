import { Migration } from '@mikro-orm/migrations';

/** Payments reported by integrations, and the signing secrets of integration keys. */
export class Migration20261128090000_payments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "api_key" add column "signing_secret" varchar(64) null;`);
    this.addSql(
      `create table "payment" ("id" uuid not null, "integration_id" uuid not null, "external_id" varchar(200) not null, "invoice_id" uuid null, "invoice_number" varchar(64) not null, "amount" numeric(19,4) not null, "currency" varchar(3) not null, "paid_at" timestamptz not null, "status" text check ("status" in ('applied', 'unmatched')) not null, "received_at" timestamptz not null, "answer" jsonb not null, constraint "payment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "payment_invoice_id_index" on "payment" ("invoice_id");`);
    this.addSql(`create index "payment_status_index" on "payment" ("status");`);
    this.addSql(`create index "payment_received_at_index" on "payment" ("received_at");`);
    this.addSql(
      `alter table "payment" add constraint "payment_integration_id_external_id_unique" unique ("integration_id", "external_id");`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_integration_id_foreign" foreign key ("integration_id") references "crm_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment" cascade;`);
    this.addSql(`alter table "api_key" drop column "signing_secret";`);
  }
}
