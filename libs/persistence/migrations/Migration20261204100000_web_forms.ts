import { Migration } from '@mikro-orm/migrations';

/** Web forms: lead forms with a public page at /f/<slug>. */
export class Migration20261204100000_web_forms extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "web_form" ("id" uuid not null, "slug" varchar(64) not null, "name" varchar(200) not null, "fields" jsonb not null, "source" varchar(100) null, "responsible_id" uuid null, "team_id" uuid null, "thank_you_text" text not null, "active" boolean not null default true, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "web_form_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "web_form" add constraint "web_form_slug_unique" unique ("slug");`);
    this.addSql(
      `alter table "web_form" add constraint "web_form_responsible_id_foreign" foreign key ("responsible_id") references "crm_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "web_form" add constraint "web_form_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "web_form" add constraint "web_form_created_by_id_foreign" foreign key ("created_by_id") references "crm_user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "web_form" cascade;`);
  }
}
