import { Migration } from '@mikro-orm/migrations';

/** The first wiring proof's table (dropped since: the proof is a test now). */
export class Migration20261128000000_smoke_ping extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "smoke_ping" ("id" uuid not null, "workflow_id" varchar(200) not null, "message" text not null, "attempt" int not null, "created_at" timestamptz not null, constraint "smoke_ping_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "smoke_ping" add constraint "smoke_ping_workflow_id_unique" unique ("workflow_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "smoke_ping" cascade;`);
  }
}
