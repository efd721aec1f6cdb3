import { Migration } from '@mikro-orm/migrations';

/** Signing in: passwords and preferences of users, their sessions, and failed sign-ins counted. */
export class Migration20261203100000_sign_in extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "crm_user" add column "password_hash" text null, add column "password_changed_at" timestamptz null, add column "language" text check ("language" in ('en', 'ru')) null, add column "time_zone" varchar(64) null;`,
    );
    this.addSql(
      `create table "user_session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "csrf_token" varchar(64) not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, "user_agent" varchar(300) null, constraint "user_session_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);
    this.addSql(
      `alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "crm_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create table "sign_in_throttle" ("key" varchar(400) not null, "failures" int not null default 0, "window_started_at" timestamptz not null, "locked_until" timestamptz null, constraint "sign_in_throttle_pkey" primary key ("key"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);
    this.addSql(`drop table if exists "user_session" cascade;`);
    this.addSql(
      `alter table "crm_user" drop column "password_hash", drop column "password_changed_at", drop column "language", drop column "time_zone";`,
    );
  }
}
