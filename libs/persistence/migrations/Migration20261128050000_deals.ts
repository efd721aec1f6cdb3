import { Migration } from '@mikro-orm/migrations';

/** Deals in pipelines, the stage history, and the deal of quotes and invoices. */
export class Migration20261128050000_deals extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "stage_change" ("id" uuid not null, "record_type" varchar(8) not null, "record_id" uuid not null, "from_stage" varchar(64) null, "to_stage" varchar(64) not null, "at" timestamptz not null, "by_id" uuid null, "cause" varchar(200) not null, "rule_set_id" varchar(64) not null, "rules_version" int not null, constraint "stage_change_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "stage_change_record_type_record_id_at_index" on "stage_change" ("record_type", "record_id", "at");`,
    );
    this.addSql(
      `create table "deal" ("id" uuid not null, "responsible_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "version" int not null default 1, "title" varchar(300) not null, "pipeline_id" varchar(64) not null, "rules_version" int not null, "stage" varchar(64) not null, "outcome" text check ("outcome" in ('open', 'won', 'lost')) not null default 'open', "amount" numeric(19,4) not null default '0', "currency" varchar(3) not null, "probability" int null, "expected_close_date" date null, "source" varchar(100) null, "contact_id" uuid null, "company_id" uuid null, "source_lead_id" uuid null, "custom" jsonb not null, "closed_at" timestamptz null, "won_amount" numeric(19,4) null, constraint "deal_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "deal_responsible_id_index" on "deal" ("responsible_id");`);
    this.addSql(`create index "deal_pipeline_id_stage_index" on "deal" ("pipeline_id", "stage");`);
    this.addSql(
      `alter table "stage_change" add constraint "stage_change_by_id_foreign" foreign key ("by_id") references "crm_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "deal" add constraint "deal_responsible_id_foreign" foreign key ("responsible_id") references "crm_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "deal" add constraint "deal_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "deal" add constraint "deal_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "quote" add column "deal_id" uuid null;`);
    this.addSql(
      `alter table "quote" add constraint "quote_deal_id_foreign" foreign key ("deal_id") references "deal" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "quote_deal_id_index" on "quote" ("deal_id");`);
    this.addSql(`alter table "invoice" add column "deal_id" uuid null;`);
    this.addSql(
      `alter table "invoice" add constraint "invoice_deal_id_foreign" foreign key ("deal_id") references "deal" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "invoice_deal_id_index" on "invoice" ("deal_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invoice" drop column if exists "deal_id";`);
    this.addSql(`alter table "quote" drop column if exists "deal_id";`);
    this.addSql(`drop table if exists "stage_change" cascade;`);
    this.addSql(`drop table if exists "deal" cascade;`);
  }
}
