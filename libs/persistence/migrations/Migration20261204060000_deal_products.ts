import { Migration } from '@mikro-orm/migrations';

/**
 * Deal products and quote templates. A deal's product rows (the money columns of quote and
 * invoice rows); `amount_manual` on the deal: true where the amount was already set (every
 * existing deal with an amount), so that no amount changes by this migration. Quote templates,
 * and on a quote the template it was made from and its personalised texts.
 */
export class Migration20261204060000_deal_products extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "deal_product" ("id" uuid not null, "position" int not null, "product_id" uuid null, "name" varchar(300) not null, "unit" varchar(20) not null, "quantity" numeric(15,3) not null, "unit_price" numeric(19,4) not null, "discount_percent" numeric(5,2) not null, "tax_rate" numeric(5,2) not null, "tax_included" boolean not null, "gross" numeric(19,4) not null, "discount" numeric(19,4) not null, "net" numeric(19,4) not null, "tax" numeric(19,4) not null, "total" numeric(19,4) not null, "deal_id" uuid not null, constraint "deal_product_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "deal_product_deal_id_index" on "deal_product" ("deal_id");`);
    this.addSql(
      `alter table "deal_product" add constraint "deal_product_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "deal_product" add constraint "deal_product_deal_id_foreign" foreign key ("deal_id") references "deal" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "deal" add column "amount_manual" boolean not null default false;`);
    this.addSql(`update "deal" set "amount_manual" = true where "amount" <> 0;`);
    this.addSql(
      `create table "quote_template" ("id" uuid not null, "code" varchar(64) not null, "name" varchar(200) not null, "currency" varchar(3) not null, "rows" jsonb not null, "intro" text null, "terms" text null, "validity_days" int not null default 14, "archived_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "quote_template_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "quote_template" add constraint "quote_template_code_unique" unique ("code");`,
    );
    this.addSql(
      `alter table "quote" add column "template_id" uuid null, add column "intro" text null, add column "terms" text null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "quote" drop column "template_id", drop column "intro", drop column "terms";`,
    );
    this.addSql(`drop table if exists "quote_template" cascade;`);
    this.addSql(`alter table "deal" drop column "amount_manual";`);
    this.addSql(`drop table if exists "deal_product" cascade;`);
  }
}
