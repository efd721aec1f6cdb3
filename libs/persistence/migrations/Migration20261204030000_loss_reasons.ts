import { Migration } from '@mikro-orm/migrations';

/**
 * Why a deal was lost: a code of its pipeline's loss reasons (the rules name them) and a person's
 * note, on the deal and on the stage change that lost it. Deals lost before have none.
 */
export class Migration20261204030000_loss_reasons extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "deal" add column "loss_reason" varchar(64) null, add column "loss_note" text null;`,
    );
    this.addSql(`create index "deal_loss_reason_index" on "deal" ("loss_reason");`);
    this.addSql(
      `alter table "stage_change" add column "loss_reason" varchar(64) null, add column "loss_note" text null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "deal_loss_reason_index";`);
    this.addSql(`alter table "deal" drop column "loss_reason", drop column "loss_note";`);
    this.addSql(`alter table "stage_change" drop column "loss_reason", drop column "loss_note";`);
  }
}
