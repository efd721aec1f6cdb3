import { Migration } from '@mikro-orm/migrations';

/** Products, quotes and invoices with their rows, and the document number counters. */
export class Migration20261128040000_products_documents extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "document_counter" ("kind" varchar(16) not null, "year" int not null, "last" int not null, constraint "document_counter_pkey" primary key ("kind", "year"));`,
    );
    this.addSql(
      `create table "product" ("id" uuid not null, "name" varchar(300) not null, "sku" varchar(64) not null, "description" text null, "price" numeric(19,4) not null, "currency" varchar(3) not null, "tax_rate" numeric(5,2) not null default '0', "tax_included" boolean not null default false, "unit" varchar(20) not null default 'pcs', "archived_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "product_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "product" add constraint "product_sku_unique" unique ("sku");`);
    this.addSql(
      `create table "quote" ("id" uuid not null, "responsible_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "version" int not null default 1, "number" varchar(32) not null, "currency" varchar(3) not null, "company_id" uuid null, "contact_id" uuid null, "notes" text null, "gross" numeric(19,4) not null, "discount" numeric(19,4) not null, "net" numeric(19,4) not null, "tax" numeric(19,4) not null, "total" numeric(19,4) not null, "status" text check ("status" in ('draft', 'sent', 'accepted', 'declined', 'expired')) not null default 'draft', "valid_until" date null, constraint "quote_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "quote_responsible_id_index" on "quote" ("responsible_id");`);
    this.addSql(`alter table "quote" add constraint "quote_number_unique" unique ("number");`);
    this.addSql(
      `create table "quote_row" ("id" uuid not null, "position" int not null, "product_id" uuid null, "name" varchar(300) not null, "unit" varchar(20) not null, "quantity" numeric(15,3) not null, "unit_price" numeric(19,4) not null, "discount_percent" numeric(5,2) not null, "tax_rate" numeric(5,2) not null, "tax_included" boolean not null, "gross" numeric(19,4) not null, "discount" numeric(19,4) not null, "net" numeric(19,4) not null, "tax" numeric(19,4) not null, "total" numeric(19,4) not null, "quote_id" uuid not null, constraint "quote_row_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "quote_row_quote_id_index" on "quote_row" ("quote_id");`);
    this.addSql(
      `create table "invoice" ("id" uuid not null, "responsible_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "version" int not null default 1, "number" varchar(32) not null, "currency" varchar(3) not null, "company_id" uuid null, "contact_id" uuid null, "notes" text null, "gross" numeric(19,4) not null, "discount" numeric(19,4) not null, "net" numeric(19,4) not null, "tax" numeric(19,4) not null, "total" numeric(19,4) not null, "status" text check ("status" in ('draft', 'sent', 'partially_paid', 'paid', 'overdue', 'cancelled')) not null default 'draft', "due_date" date not null, "amount_paid" numeric(19,4) not null default '0', "quote_id" uuid null, constraint "invoice_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "invoice_responsible_id_index" on "invoice" ("responsible_id");`);
    this.addSql(`alter table "invoice" add constraint "invoice_number_unique" unique ("number");`);
    this.addSql(
      `create table "invoice_row" ("id" uuid not null, "position" int not null, "product_id" uuid null, "name" varchar(300) not null, "unit" varchar(20) not null, "quantity" numeric(15,3) not null, "unit_price" numeric(19,4) not null, "discount_percent" numeric(5,2) not null, "tax_rate" numeric(5,2) not null, "tax_included" boolean not null, "gross" numeric(19,4) not null, "discount" numeric(19,4) not null, "net" numeric(19,4) not null, "tax" numeric(19,4) not null, "total" numeric(19,4) not null, "invoice_id" uuid not null, constraint "invoice_row_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "invoice_row_invoice_id_index" on "invoice_row" ("invoice_id");`);
    this.addSql(
      `alter table "quote" add constraint "quote_responsible_id_foreign" foreign key ("responsible_id") references "crm_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "quote" add constraint "quote_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "quote" add constraint "quote_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "quote_row" add constraint "quote_row_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "quote_row" add constraint "quote_row_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_responsible_id_foreign" foreign key ("responsible_id") references "crm_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "invoice_row" add constraint "invoice_row_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "invoice_row" add constraint "invoice_row_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    for (const table of [
      'invoice_row',
      'invoice',
      'quote_row',
      'quote',
      'product',
      'document_counter',
    ]) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}
