import { Migration } from '@mikro-orm/migrations';

/**
 * Record timelines: comments on leads, deals, contacts and companies; each email sent keeps its
 * text and the record it concerns (the rules' mail, keyed `deal-<id>/…` or `lead-<id>/…`, gets its
 * record from its key), and a failed send is kept as failed with the reason.
 */
export class Migration20261203190000_timeline_comments extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "comment" ("id" uuid not null, "record_type" varchar(8) not null, "record_id" uuid not null, "author_id" uuid not null, "body" text not null, "created_at" timestamptz not null, "edited_at" timestamptz null, "version" int not null default 1, constraint "comment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "comment_record_type_record_id_created_at_index" on "comment" ("record_type", "record_id", "created_at");`,
    );
    this.addSql(
      `alter table "comment" add constraint "comment_author_id_foreign" foreign key ("author_id") references "crm_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "outbound_email" add column "body" text null, add column "record_type" varchar(8) null, add column "record_id" uuid null, add column "error" text null;`,
    );
    this.addSql(
      `alter table "outbound_email" drop constraint if exists "outbound_email_status_check";`,
    );
    this.addSql(
      `alter table "outbound_email" add constraint "outbound_email_status_check" check ("status" in ('sending', 'sent', 'failed'));`,
    );
    this.addSql(
      `update "outbound_email" set "record_type" = substring("key" from '^(deal|lead)-'), "record_id" = substring("key" from '^(?:deal|lead)-([0-9a-f-]{36})/')::uuid where "key" ~ '^(deal|lead)-[0-9a-f-]{36}/';`,
    );
    this.addSql(
      `create index "outbound_email_record_type_record_id_created_at_index" on "outbound_email" ("record_type", "record_id", "created_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "outbound_email_record_type_record_id_created_at_index";`);
    this.addSql(`delete from "outbound_email" where "status" = 'failed';`);
    this.addSql(
      `alter table "outbound_email" drop constraint if exists "outbound_email_status_check";`,
    );
    this.addSql(
      `alter table "outbound_email" add constraint "outbound_email_status_check" check ("status" in ('sending', 'sent'));`,
    );
    this.addSql(
      `alter table "outbound_email" drop column "body", drop column "record_type", drop column "record_id", drop column "error";`,
    );
    this.addSql(`drop table if exists "comment" cascade;`);
  }
}
