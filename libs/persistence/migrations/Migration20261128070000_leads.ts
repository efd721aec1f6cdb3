import { Migration } from '@mikro-orm/migrations';

/** Leads, their statuses under the lead rules, and what they were converted into. */
export class Migration20261128070000_leads extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "lead" ("id" uuid not null, "responsible_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "version" int not null default 1, "title" varchar(300) not null, "name" varchar(200) null, "email" varchar(320) null, "email_normalized" varchar(320) null, "phone" varchar(50) null, "phone_normalized" varchar(50) null, "company_name" varchar(300) null, "source" varchar(100) null, "rule_set_id" varchar(64) not null, "rules_version" int not null, "status" varchar(64) not null, "outcome" text check ("outcome" in ('open', 'converted', 'junk')) not null default 'open', "custom" jsonb not null, "converted_at" timestamptz null, "converted_deal_id" uuid null, "converted_contact_id" uuid null, "converted_company_id" uuid null, constraint "lead_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "lead_responsible_id_index" on "lead" ("responsible_id");`);
    this.addSql(`create index "lead_email_normalized_index" on "lead" ("email_normalized");`);
    this.addSql(`create index "lead_phone_normalized_index" on "lead" ("phone_normalized");`);
    this.addSql(`create index "lead_status_created_at_index" on "lead" ("status", "created_at");`);
    this.addSql(
      `alter table "lead" add constraint "lead_responsible_id_foreign" foreign key ("responsible_id") references "crm_user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lead" cascade;`);
  }
}
