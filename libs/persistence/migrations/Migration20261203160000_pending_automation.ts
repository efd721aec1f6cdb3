import { Migration } from '@mikro-orm/migrations';

/**
 * The upcoming automation across records: each lead's and deal's pending rule timers, written by
 * its workflow whenever they change, with the record's responsible copied beside them (My day
 * reads one person's timers as one index range); a trigger on the record tables keeps that copy
 * when a record changes hands.
 */
export class Migration20261203160000_pending_automation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "pending_automation" ("record_id" uuid not null, "timer_id" varchar(200) not null, "record_kind" text check ("record_kind" in ('deal', 'lead')) not null, "workflow_id" varchar(100) not null, "responsible_id" uuid not null, "at" timestamptz not null, "timer_kind" text check ("timer_kind" in ('transition', 'follow_up', 'overdue')) not null, "stage" varchar(64) not null, "move_to" varchar(64) null, "actions" jsonb not null, "occurrence" int null, "times" int null, "activity_key" varchar(200) null, "description" text not null, constraint "pending_automation_pkey" primary key ("record_id", "timer_id"));`,
    );
    this.addSql(
      `create index "pending_automation_responsible_id_at_record_id_timer_id_index" on "pending_automation" ("responsible_id", "at", "record_id", "timer_id");`,
    );
    this
      .addSql(`create or replace function voronka_pending_automation_responsible() returns trigger language plpgsql as $$
begin
  update pending_automation set responsible_id = new.responsible_id where record_id = new.id;
  return new;
end $$;`);
    for (const table of ['deal', 'lead'])
      this.addSql(
        `create trigger "${table}_pending_automation_responsible" after update of responsible_id on "${table}" for each row when (old.responsible_id is distinct from new.responsible_id) execute function voronka_pending_automation_responsible();`,
      );
  }

  override async down(): Promise<void> {
    for (const table of ['deal', 'lead'])
      this.addSql(
        `drop trigger if exists "${table}_pending_automation_responsible" on "${table}";`,
      );
    this.addSql(`drop function if exists voronka_pending_automation_responsible();`);
    this.addSql(`drop table if exists "pending_automation";`);
  }
}
