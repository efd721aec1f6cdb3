import { Migration } from '@mikro-orm/migrations';

/**
 * The catalogue of lead sources. It starts with the sources the demo seed and the shipped rules
 * use, and with every source the leads and deals already name (so that no existing record names
 * an unknown one); each code is its own name until sales ops rename it.
 */
export class Migration20261204010000_lead_sources extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "lead_source" ("id" uuid not null, "code" varchar(100) not null, "name" varchar(200) not null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "lead_source_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "lead_source" add constraint "lead_source_code_unique" unique ("code");`,
    );
    this.addSql(
      `insert into "lead_source" ("id", "code", "name", "created_at", "updated_at")
       select gen_random_uuid(), code, coalesce(names.name, code), now(), now()
       from (select source as code from "lead" where source is not null
             union select source from "deal" where source is not null
             union select unnest(array['web', 'partner', 'referral', 'fair', 'cold_call'])) codes
       left join (values ('web', 'Website'), ('partner', 'Partner'), ('referral', 'Referral'),
                         ('fair', 'Trade fair'), ('cold_call', 'Cold call')) names (c, name)
         on names.c = codes.code;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lead_source" cascade;`);
  }
}
