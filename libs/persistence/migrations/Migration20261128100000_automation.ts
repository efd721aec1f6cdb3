import { Migration } from '@mikro-orm/migrations';

/**
 * The record workflows: effect runs (idempotency), outbound mail keyed by what sent it,
 * round-robin turns, when each record's workflow was started (the reconciler), and activities
 * bound to a lead or created by the rules.
 */
export class Migration20261128100000_automation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "effect_run" ("workflow_id" varchar(200) not null, "key" varchar(300) not null, "result" jsonb null, "at" timestamptz not null, constraint "effect_run_pkey" primary key ("workflow_id", "key"));`,
    );
    this.addSql(
      `create table "outbound_email" ("id" uuid not null, "key" varchar(400) not null, "to" varchar(320) not null, "subject" varchar(500) not null, "status" text check ("status" in ('sending', 'sent')) not null default 'sending', "message_id" varchar(300) not null, "created_at" timestamptz not null, "sent_at" timestamptz null, constraint "outbound_email_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "outbound_email" add constraint "outbound_email_key_unique" unique ("key");`,
    );
    this.addSql(
      `create table "round_robin_turn" ("team_id" uuid not null, "turn" bigint not null, constraint "round_robin_turn_pkey" primary key ("team_id"));`,
    );
    this.addSql(`alter table "lead" add column "workflow_started_at" timestamptz null;`);
    this.addSql(`alter table "deal" add column "workflow_started_at" timestamptz null;`);
    this.addSql(
      `alter table "activity" add column "lead_id" uuid null, add column "automation_key" varchar(400) null;`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "activity_lead_id_index" on "activity" ("lead_id");`);
    this.addSql(
      `alter table "activity" add constraint "activity_automation_key_unique" unique ("automation_key");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "effect_run" cascade;`);
    this.addSql(`drop table if exists "outbound_email" cascade;`);
    this.addSql(`drop table if exists "round_robin_turn" cascade;`);
    this.addSql(`alter table "lead" drop column "workflow_started_at";`);
    this.addSql(`alter table "deal" drop column "workflow_started_at";`);
    this.addSql(`alter table "activity" drop constraint "activity_lead_id_foreign";`);
    this.addSql(`alter table "activity" drop column "lead_id", drop column "automation_key";`);
  }
}
