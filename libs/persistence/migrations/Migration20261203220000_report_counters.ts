import { Migration } from '@mikro-orm/migrations';

/**
 * The activity report's supervisor counters (open records with an overdue activity, with nothing
 * planned) read each record's planned activities: partial indexes of the planned, not archived
 * activities by deal and by lead, with their due time, so that reading them is index-only.
 */
export class Migration20261203220000_report_counters extends Migration {
  override async up(): Promise<void> {
    for (const kind of ['deal', 'lead'])
      this.addSql(
        `create index "activity_planned_${kind}_index" on "activity" ("${kind}_id", "due_at") where "status" = 'planned' and "archived_at" is null and "${kind}_id" is not null;`,
      );
  }

  override async down(): Promise<void> {
    for (const kind of ['deal', 'lead'])
      this.addSql(`drop index if exists "activity_planned_${kind}_index";`);
  }
}
