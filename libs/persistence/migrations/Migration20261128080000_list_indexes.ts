import { Migration } from '@mikro-orm/migrations';

/** Indexes that keep the deals board and the overdue list fast at 100,000 deals (bench/crm-lists). */
export class Migration20261128080000_list_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "deal_pipeline_id_stage_index";`);
    this.addSql(
      `create index "deal_pipeline_id_created_at_id_index" on "deal" ("pipeline_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "deal_pipeline_id_stage_created_at_id_index" on "deal" ("pipeline_id", "stage", "created_at", "id");`,
    );
    this.addSql(`drop index "activity_responsible_id_status_due_at_index";`);
    this.addSql(
      `create index "activity_agenda_index" on "activity" ("responsible_id", "status", "due_at", "id") where "archived_at" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "deal_pipeline_id_created_at_id_index";`);
    this.addSql(`drop index if exists "deal_pipeline_id_stage_created_at_id_index";`);
    this.addSql(`create index "deal_pipeline_id_stage_index" on "deal" ("pipeline_id", "stage");`);
    this.addSql(`drop index if exists "activity_agenda_index";`);
    this.addSql(
      `create index "activity_responsible_id_status_due_at_index" on "activity" ("responsible_id", "status", "due_at");`,
    );
  }
}
