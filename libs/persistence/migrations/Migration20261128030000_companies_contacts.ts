import { Migration } from '@mikro-orm/migrations';

/** Companies and contacts (a contact in several companies). */
export class Migration20261128030000_companies_contacts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "contact" ("id" uuid not null, "responsible_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "version" int not null default 1, "first_name" varchar(200) not null, "last_name" varchar(200) null, "position" varchar(200) null, "email" varchar(320) null, "email_normalized" varchar(320) null, "phone" varchar(50) null, "phone_normalized" varchar(50) null, constraint "contact_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "contact_responsible_id_index" on "contact" ("responsible_id");`);
    this.addSql(`create index "contact_email_normalized_index" on "contact" ("email_normalized");`);
    this.addSql(`create index "contact_phone_normalized_index" on "contact" ("phone_normalized");`);
    this.addSql(
      `create table "company" ("id" uuid not null, "responsible_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "version" int not null default 1, "name" varchar(300) not null, "industry" varchar(200) null, "country" varchar(2) null, "email" varchar(320) null, "email_normalized" varchar(320) null, "phone" varchar(50) null, "phone_normalized" varchar(50) null, "website" varchar(500) null, "address" text null, constraint "company_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "company_responsible_id_index" on "company" ("responsible_id");`);
    this.addSql(`create index "company_email_normalized_index" on "company" ("email_normalized");`);
    this.addSql(`create index "company_phone_normalized_index" on "company" ("phone_normalized");`);
    this.addSql(
      `create table "contact_company" ("contact_id" uuid not null, "company_id" uuid not null, constraint "contact_company_pkey" primary key ("contact_id", "company_id"));`,
    );
    this.addSql(
      `alter table "contact" add constraint "contact_responsible_id_foreign" foreign key ("responsible_id") references "crm_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "company" add constraint "company_responsible_id_foreign" foreign key ("responsible_id") references "crm_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "contact_company" add constraint "contact_company_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contact_company" add constraint "contact_company_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "contact_company" cascade;`);
    this.addSql(`drop table if exists "contact" cascade;`);
    this.addSql(`drop table if exists "company" cascade;`);
  }
}
