import { Migration } from '@mikro-orm/migrations';

/** The wiring proof left the API (test/wiring.e2e-spec.ts proves the same path): its table goes. */
export class Migration20261129000000_drop_smoke_ping extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop table if exists "smoke_ping";`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create table "smoke_ping" ("id" uuid not null, "workflow_id" varchar(200) not null, "message" text not null, "attempt" int not null, "created_at" timestamptz not null, constraint "smoke_ping_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "smoke_ping" add constraint "smoke_ping_workflow_id_unique" unique ("workflow_id");`,
    );
  }
}
