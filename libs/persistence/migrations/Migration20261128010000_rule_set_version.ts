import { Migration } from '@mikro-orm/migrations';

/** Published rule sets (libs/rules/publishing): immutable rows, enforced by a trigger. */
export class Migration20261128010000_rule_set_version extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rule_set_version" ("id" uuid not null, "rule_set_id" varchar(64) not null, "kind" varchar(16) not null, "version" int not null, "name" varchar(200) not null, "content" jsonb not null, "source" jsonb not null, "checksum" varchar(64) not null, "published_at" timestamptz not null, "published_by" varchar(200) not null, "note" text null, constraint "rule_set_version_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "rule_set_version_rule_set_id_checksum_index" on "rule_set_version" ("rule_set_id", "checksum");`,
    );
    this.addSql(
      `alter table "rule_set_version" add constraint "rule_set_version_rule_set_id_version_unique" unique ("rule_set_id", "version");`,
    );
    // Deals and leads pin a version: changing or deleting one would change them in flight.
    this.addSql(
      `create function "rule_set_version_is_immutable"() returns trigger language plpgsql as $$ begin raise exception 'published rule set versions are immutable (% of %)', old.version, old.rule_set_id; end $$;`,
    );
    this.addSql(
      `create trigger "rule_set_version_immutable" before update or delete on "rule_set_version" for each row execute function "rule_set_version_is_immutable"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rule_set_version" cascade;`);
    this.addSql(`drop function if exists "rule_set_version_is_immutable"();`);
  }
}
