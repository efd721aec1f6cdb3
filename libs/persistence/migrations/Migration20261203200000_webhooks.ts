import { Migration } from '@mikro-orm/migrations';

/**
 * Outbound webhooks: the endpoints admins register (their signing secrets), the deliveries the
 * rules' post_webhook sends (one per event and endpoint, the body fixed at creation) and every
 * attempt with the endpoint's answer.
 */
export class Migration20261203200000_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "webhook_endpoint" ("id" uuid not null, "name" varchar(63) not null, "url" varchar(2000) not null, "events" text[] not null, "secret" varchar(64) not null, "created_at" timestamptz not null, "removed_at" timestamptz null, constraint "webhook_endpoint_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_name_unique" unique ("name");`,
    );
    this.addSql(
      `create table "webhook_delivery" ("id" uuid not null, "endpoint_id" uuid not null, "event_key" varchar(300) not null, "event" varchar(100) not null, "body" text not null, "status" varchar(16) not null default 'pending', "created_at" timestamptz not null, "delivered_at" timestamptz null, "failure" text null, constraint "webhook_delivery_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_delivery_endpoint_id_created_at_index" on "webhook_delivery" ("endpoint_id", "created_at");`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_event_key_endpoint_id_unique" unique ("event_key", "endpoint_id");`,
    );
    this.addSql(
      `create table "webhook_attempt" ("id" uuid not null, "delivery_id" uuid not null, "number" int not null, "at" timestamptz not null, "status" int null, "answer" text null, "duration_ms" int not null, constraint "webhook_attempt_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "webhook_attempt" add constraint "webhook_attempt_delivery_id_number_unique" unique ("delivery_id", "number");`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "webhook_attempt" add constraint "webhook_attempt_delivery_id_foreign" foreign key ("delivery_id") references "webhook_delivery" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_attempt" cascade;`);
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);
  }
}
