import { Migration } from '@mikro-orm/migrations';

/**
 * The record input log (libs/automation/input-log): every input of each lead's and deal's
 * workflow, numbered per record, written by the workflow; append-only, enforced by a trigger.
 */
export class Migration20261203170000_record_input_log extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "record_input" ("record_id" uuid not null, "seq" int not null, "record_kind" text check ("record_kind" in ('deal', 'lead')) not null, "rule_set_id" varchar(64) not null, "version" int not null, "type" text check ("type" in ('start', 'state', 'event', 'migrate')) not null, "at" timestamptz not null, "input" jsonb not null, "workflow_id" varchar(100) not null, "written_at" timestamptz not null default now(), constraint "record_input_pkey" primary key ("record_id", "seq"));`,
    );
    this.addSql(
      `create index "record_input_rule_set_id_record_id_seq_index" on "record_input" ("rule_set_id", "record_id", "seq");`,
    );
    // Replaying the log is how a rules change is previewed: an entry changed would falsify it.
    this.addSql(
      `create function "record_input_is_append_only"() returns trigger language plpgsql as $$ begin raise exception 'the record input log is append-only (% #%)', old.record_id, old.seq; end $$;`,
    );
    this.addSql(
      `create trigger "record_input_append_only" before update or delete on "record_input" for each row execute function "record_input_is_append_only"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "record_input" cascade;`);
    this.addSql(`drop function if exists "record_input_is_append_only"();`);
  }
}
