import { Migration } from '@mikro-orm/migrations';
import { normalizeCompanyName, normalizePhone } from '../../crm/contact-points/normalize';

/** Rows rewritten per statement while backfilling. */
const BATCH = 2000;

/**
 * Duplicates and merging. Companies get their normalised name (indexed, as email and phone are,
 * so the duplicate check on create is index lookups); contacts and companies get `merged_into_id`
 * and `merged_at` (a merged record is kept and points to its survivor). Existing rows are
 * backfilled with the normalisation of the code that runs this: company names, and phones (which
 * now write the country code one way, through libphonenumber-js).
 */
export class Migration20261204050000_duplicates extends Migration {
  override async up(): Promise<void> {
    await this.execute(
      `alter table "company" add column "name_normalized" varchar(300) null, add column "merged_into_id" uuid null, add column "merged_at" timestamptz null;`,
    );
    await this.execute(
      `alter table "contact" add column "merged_into_id" uuid null, add column "merged_at" timestamptz null;`,
    );
    await this.backfill('company', 'name', 'name_normalized', normalizeCompanyName);
    for (const table of ['lead', 'contact', 'company'])
      await this.backfill(table, 'phone', 'phone_normalized', normalizePhone);
    await this.execute(
      `create index "company_name_normalized_index" on "company" ("name_normalized");`,
    );
  }

  /** Sets `target` to `normalize(source)` where they differ, a batch of rows per statement. */
  private async backfill(
    table: string,
    source: string,
    target: string,
    normalize: (value: string) => string | null,
  ): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await this.execute(
        `select "id", "${source}" as value, "${target}" as normalized from "${table}"
         where "id" > ? and "${source}" is not null order by "id" limit ${BATCH}`,
        [after],
      )) as { id: string; value: string; normalized: string | null }[];
      if (rows.length === 0) return;
      after = rows[rows.length - 1].id;
      const changed = rows
        .map((r) => ({ id: r.id, normalized: normalize(r.value) }))
        .filter((r, i) => r.normalized !== rows[i].normalized);
      if (changed.length > 0) {
        // No updated_at or version: the record did not change for its users.
        await this.execute(
          `update "${table}" t set "${target}" = v.normalized
           from unnest(array[?]::uuid[], array[?]::text[]) as v(id, normalized) where t.id = v.id`,
          [changed.map((r) => r.id), changed.map((r) => r.normalized)],
        );
      }
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "company_name_normalized_index";`);
    this.addSql(
      `alter table "company" drop column "name_normalized", drop column "merged_into_id", drop column "merged_at";`,
    );
    this.addSql(`alter table "contact" drop column "merged_into_id", drop column "merged_at";`);
  }
}
