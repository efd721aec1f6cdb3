import { Migration } from '@mikro-orm/migrations';

/** A bulk rules migration's pace: at most so many records a second (null: as fast as they go). */
export class Migration20261204070000_migration_pace extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "rules_migration" add column "max_records_per_second" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rules_migration" drop column "max_records_per_second";`);
  }
}
