import { Migration } from '@mikro-orm/migrations';

/** An activity's reminder: how long before it is due, and when it went out. */
export class Migration20261204110000_activity_reminders extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "activity" add column "remind_before_minutes" int null, add column "reminded_at" timestamptz null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "activity" drop column "remind_before_minutes", drop column "reminded_at";`,
    );
  }
}
