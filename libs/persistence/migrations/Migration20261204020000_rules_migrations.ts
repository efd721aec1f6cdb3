import { Migration } from '@mikro-orm/migrations';

/**
 * Bulk rules migrations (issue 15): each migration (who started it, when, why, from and to which
 * version, its status) and each record it took with its outcome, once per (migration, record).
 */
export class Migration20261204020000_rules_migrations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rules_migration" ("id" uuid not null, "rule_set_id" varchar(64) not null, "kind" varchar(8) not null, "from_version" int not null, "to_version" int not null, "filter" jsonb not null, "note" text null, "started_by_id" uuid not null, "started_by" varchar(300) not null, "started_at" timestamptz not null, "status" varchar(16) not null, "finished_at" timestamptz null, "total" int not null, "batch_size" int not null, constraint "rules_migration_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "rules_migration_rule_set_id_started_at_id_index" on "rules_migration" ("rule_set_id", "started_at", "id");`,
    );
    this.addSql(
      `create table "rules_migration_record" ("id" uuid not null default gen_random_uuid(), "migration_id" uuid not null, "record_id" uuid not null, "outcome" varchar(16) not null, "reason" text null, "at" timestamptz not null, constraint "rules_migration_record_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "rules_migration_record_migration_id_at_id_index" on "rules_migration_record" ("migration_id", "at", "id");`,
    );
    this.addSql(
      `alter table "rules_migration_record" add constraint "rules_migration_record_migration_id_record_id_unique" unique ("migration_id", "record_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rules_migration_record";`);
    this.addSql(`drop table if exists "rules_migration";`);
  }
}
