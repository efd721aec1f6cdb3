import { Migration } from '@mikro-orm/migrations';

/**
 * Idempotency keys of create requests and their stored answers; payment answers kept as written
 * (json, not jsonb, which reorders keys), so a repeated delivery answers the same bytes.
 */
export class Migration20261203120000_idempotency extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "idempotent_request" ("principal_id" uuid not null, "key" varchar(255) not null, "fingerprint" varchar(64) not null, "status" int null, "headers" jsonb null, "body" text null, "locked_until" timestamptz not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "idempotent_request_pkey" primary key ("principal_id", "key"));`,
    );
    this.addSql(
      `create index "idempotent_request_expires_at_index" on "idempotent_request" ("expires_at");`,
    );
    this.addSql(`alter table "payment" alter column "answer" type json using "answer"::json;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "payment" alter column "answer" type jsonb using "answer"::jsonb;`);
    this.addSql(`drop table if exists "idempotent_request";`);
  }
}
