import { Migration } from '@mikro-orm/migrations';

/**
 * CSV imports of leads, contacts and companies (issue 16): each uploaded file (how it was read,
 * its columns, the mapping, the duplicate mode, its status) and its rows, each with what its
 * import did with it, once per (import, row).
 */
export class Migration20261204090000_record_imports extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "record_import" ("id" uuid not null, "kind" varchar(8) not null, "file_name" varchar(300) null, "encoding" varchar(16) not null, "delimiter" varchar(2) not null, "columns" jsonb not null, "row_count" int not null, "mapping" jsonb not null, "duplicate_mode" varchar(8) not null, "status" varchar(16) not null, "workflow_starts_per_second" int null, "created_by_id" uuid not null, "created_at" timestamptz not null, "started_at" timestamptz null, "stored_at" timestamptz null, "finished_at" timestamptz null, constraint "record_import_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "record_import_created_by_id_created_at_id_index" on "record_import" ("created_by_id", "created_at", "id");`,
    );
    this.addSql(
      `create table "record_import_row" ("id" uuid not null default gen_random_uuid(), "import_id" uuid not null, "row" int not null, "cells" jsonb not null, "outcome" varchar(8) null, "reason" text null, "record_id" uuid null, "workflow_started_at" timestamptz null, constraint "record_import_row_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "record_import_row_record_id_index" on "record_import_row" ("record_id");`,
    );
    this.addSql(
      `alter table "record_import_row" add constraint "record_import_row_import_id_row_unique" unique ("import_id", "row");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "record_import_row";`);
    this.addSql(`drop table if exists "record_import";`);
  }
}
