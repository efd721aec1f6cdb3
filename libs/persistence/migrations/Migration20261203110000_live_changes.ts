import { Migration } from '@mikro-orm/migrations';

/** The tables whose writes the live stream reports; each has responsible_id (CrmRecord). */
const FED = ['deal', 'lead', 'activity', 'quote', 'invoice', 'contact', 'company'];

/**
 * The change feed: a trigger on each record table writes one row per changed record (who was
 * responsible before and after, the deal or lead it belongs to) and notifies the API instances
 * (LISTEN voronka_change_feed), whichever process wrote it.
 */
export class Migration20261203110000_live_changes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "change_feed" ("id" bigserial, "kind" varchar(32) not null, "record_id" uuid not null, "deal_id" uuid null, "lead_id" uuid null, "responsible_ids" uuid[] not null, "at" timestamptz not null default now(), constraint "change_feed_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "change_feed_at_index" on "change_feed" ("at");`);
    this
      .addSql(`create or replace function voronka_feed_change() returns trigger language plpgsql as $$
declare
  r jsonb;
  o jsonb;
  seq bigint;
begin
  if TG_OP = 'DELETE' then r := to_jsonb(OLD); else r := to_jsonb(NEW); end if;
  if TG_OP = 'UPDATE' then o := to_jsonb(OLD); end if;
  insert into change_feed (kind, record_id, deal_id, lead_id, responsible_ids)
  values (
    TG_TABLE_NAME,
    (r->>'id')::uuid,
    (r->>'deal_id')::uuid,
    (r->>'lead_id')::uuid,
    array(select distinct x from unnest(array[(r->>'responsible_id')::uuid, (o->>'responsible_id')::uuid]) as x where x is not null)
  )
  returning id into seq;
  perform pg_notify('voronka_change_feed', seq::text);
  return null;
end
$$;`);
    for (const table of FED)
      this.addSql(
        `create trigger "${table}_change_feed" after insert or update or delete on "${table}" for each row execute function voronka_feed_change();`,
      );
  }

  override async down(): Promise<void> {
    for (const table of FED)
      this.addSql(`drop trigger if exists "${table}_change_feed" on "${table}";`);
    this.addSql(`drop function if exists voronka_feed_change();`);
    this.addSql(`drop table if exists "change_feed" cascade;`);
  }
}
