import { type Connection } from '@mikro-orm/postgresql';
import { normalizePhone } from './normalize';

/** The tables whose rows keep a phone and its normalised form. */
export const PHONE_TABLES = ['lead', 'contact', 'company'] as const;
const BATCH = 2000;

/**
 * Writes every stored phone's normalised form again with the normalisation of this process (its
 * PHONE_DEFAULT_COUNTRY): after the setting is set or changed, phones stored before compare as
 * new ones do. A batch of rows per statement, keyset by id; only rows whose form changes are
 * written, without touching their version (the record did not change for its users). Answers how
 * many rows changed per table.
 */
export async function renormalizePhones(
  connection: Connection,
): Promise<Record<(typeof PHONE_TABLES)[number], number>> {
  const changedPerTable = { lead: 0, contact: 0, company: 0 };
  for (const table of PHONE_TABLES) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string; phone: string; normalized: string | null }[] =
        await connection.execute(
          `select "id", "phone", "phone_normalized" as normalized from "${table}"
         where "id" > ? and "phone" is not null order by "id" limit ${BATCH}`,
          [after],
        );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      const changed = rows
        .map((r) => ({ id: r.id, was: r.normalized, normalized: normalizePhone(r.phone) }))
        .filter((r) => r.normalized !== r.was);
      if (changed.length === 0) continue;
      await connection.execute(
        `update "${table}" t set "phone_normalized" = v.normalized
         from unnest(array[?]::uuid[], array[?]::text[]) as v(id, normalized) where t.id = v.id`,
        [changed.map((r) => r.id), changed.map((r) => r.normalized)],
      );
      changedPerTable[table] += changed.length;
    }
  }
  return changedPerTable;
}
