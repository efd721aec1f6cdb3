import { Migration } from '@mikro-orm/migrations';

/**
 * Custom fields. `custom_field` holds the definitions (per record type, a code unique within
 * it); contacts and companies get the `custom` column leads and deals already have (empty for
 * the rows there are, and by default, so inserts by SQL need not name it); the four `custom`
 * columns get a GIN index (jsonb_path_ops) for the lists' containment filters.
 */
export class Migration20261204080000_custom_fields extends Migration {
  override up(): void {
    this.addSql(
      `create table "custom_field" ("id" uuid not null, "record_type" text check ("record_type" in ('lead', 'contact', 'company', 'deal')) not null, "code" varchar(64) not null, "label" varchar(200) not null, "type" text check ("type" in ('text', 'number', 'money', 'date', 'list', 'flag')) not null, "required" boolean not null default false, "options" jsonb not null, "position" int not null default 0, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "custom_field_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "custom_field_record_type_position_index" on "custom_field" ("record_type", "position");`,
    );
    this.addSql(
      `alter table "custom_field" add constraint "custom_field_record_type_code_unique" unique ("record_type", "code");`,
    );
    for (const table of ['contact', 'company'])
      this.addSql(`alter table "${table}" add column "custom" jsonb not null default '{}';`);
    for (const table of ['lead', 'contact', 'company', 'deal'])
      this.addSql(
        `create index "${table}_custom_index" on "${table}" using gin ("custom" jsonb_path_ops);`,
      );
  }

  override down(): void {
    for (const table of ['lead', 'contact', 'company', 'deal'])
      this.addSql(`drop index if exists "${table}_custom_index";`);
    for (const table of ['contact', 'company'])
      this.addSql(`alter table "${table}" drop column if exists "custom";`);
    this.addSql(`drop table if exists "custom_field" cascade;`);
  }
}
