import { Migration } from '@mikro-orm/migrations';

/**
 * The records a rules migration moved to another version (their stage history has a
 * `rules vX → vY` row): the automation report looks up the version an action ran under only for
 * them, every other record ran one version all along.
 */
export class Migration20261203210000_rules_migration_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "stage_change_rules_migration_index" on "stage_change" ("record_type", "record_id") where "cause" like 'rules v%';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "stage_change_rules_migration_index";`);
  }
}
