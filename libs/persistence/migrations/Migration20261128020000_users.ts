import { Migration } from '@mikro-orm/migrations';

/** Users, teams and API keys (libs/crm/users). */
export class Migration20261128020000_users extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "team" ("id" uuid not null, "name" varchar(200) not null, "created_at" timestamptz not null, constraint "team_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "team" add constraint "team_name_unique" unique ("name");`);
    this.addSql(
      `create table "crm_user" ("id" uuid not null, "name" varchar(200) not null, "email" varchar(320) not null, "role" text check ("role" in ('admin', 'salesops', 'head', 'manager', 'integration')) not null, "team_id" uuid null, "active" boolean not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "crm_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "crm_user" add constraint "crm_user_email_unique" unique ("email");`);
    this.addSql(`create index "crm_user_team_id_index" on "crm_user" ("team_id");`);
    this.addSql(
      `create table "api_key" ("id" uuid not null, "user_id" uuid not null, "name" varchar(200) not null, "prefix" varchar(16) not null, "hash" varchar(64) not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "api_key_user_id_index" on "api_key" ("user_id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_hash_unique" unique ("hash");`);
    this.addSql(
      `alter table "crm_user" add constraint "crm_user_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_user_id_foreign" foreign key ("user_id") references "crm_user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_key" cascade;`);
    this.addSql(`drop table if exists "crm_user" cascade;`);
    this.addSql(`drop table if exists "team" cascade;`);
  }
}
