import { type EntityManager } from '@mikro-orm/postgresql';
import { lockForTransaction } from '../../sql/advisory-lock';
import { normalizeCompanyName, normalizeEmail, normalizePhone } from '../contact-points/normalize';
import { type DuplicateMatch, DuplicateRecordError } from '../../errors';

export type DuplicateKind = DuplicateMatch['kind'];

/** What a new record is compared by, as written (normalised here). */
export interface DuplicateKeys {
  email?: string | null;
  phone?: string | null;
  /** A company's name. */
  name?: string | null;
}

/** At most this many matches are listed. */
const MAX_MATCHES = 20;

/**
 * Each kind is compared with records of its own kind that are still in use: a lead with the open
 * leads, a contact with the contacts and a company with the companies that are neither archived
 * nor merged. (A converted or junk lead is history: a customer who comes back is a new lead.)
 */
const SOURCES: Record<DuplicateKind, { table: string; name: string; where: string }> = {
  lead: { table: 'lead', name: 't.title', where: `t.outcome = 'open'` },
  contact: {
    table: 'contact',
    name: `concat_ws(' ', t.first_name, t.last_name)`,
    where: 't.merged_into_id is null',
  },
  company: { table: 'company', name: 't.name', where: 't.merged_into_id is null' },
};

/** The normalised values to compare, by the field they come from. */
function normalisedKeys(kind: DuplicateKind, keys: DuplicateKeys) {
  return {
    email: normalizeEmail(keys.email),
    phone: normalizePhone(keys.phone),
    name: kind === 'company' ? normalizeCompanyName(keys.name) : null,
  };
}

/**
 * The records of `kind` that a new one with these keys may duplicate: the same normalised email
 * or phone (a company: also name). Each is listed once, with the first field that matched.
 */
export async function findDuplicates(
  em: EntityManager,
  kind: DuplicateKind,
  keys: DuplicateKeys,
): Promise<DuplicateMatch[]> {
  const n = normalisedKeys(kind, keys);
  const { table, name, where } = SOURCES[kind];
  const tests: { field: DuplicateMatch['field']; column: string; value: string }[] = [];
  if (n.email) tests.push({ field: 'email', column: 'email_normalized', value: n.email });
  if (n.phone) tests.push({ field: 'phone', column: 'phone_normalized', value: n.phone });
  if (n.name) tests.push({ field: 'name', column: 'name_normalized', value: n.name });
  if (tests.length === 0) return [];
  // One indexed lookup per field (an `or` of equalities: a bitmap-or of the indexes).
  const field = `case ${tests.map((t) => `when t.${t.column} = ? then '${t.field}'`).join(' ')} end`;
  const sql = `select t.id, ${name} as name, ${field} as field from "${table}" t
    where t.archived_at is null and ${where}
      and (${tests.map((t) => `t.${t.column} = ?`).join(' or ')})
    order by t.created_at, t.id limit ${MAX_MATCHES}`;
  const values = tests.map((t) => t.value);
  const rows = await em
    .getConnection()
    .execute<{ id: string; name: string; field: DuplicateMatch['field'] }[]>(
      sql,
      [...values, ...values],
      'all',
      em.getTransactionContext(),
    );
  return rows.map((r) => ({ kind, id: r.id, name: r.name, field: r.field }));
}

/**
 * Inside the transaction that will insert the record: refuses it (409 `duplicate-record`, listing
 * the matches) when records like it exist, unless the caller confirmed with `allowDuplicate`.
 * Two identical creates at once must not both pass: each first takes a transaction-level advisory
 * lock on every normalised value it is compared by (in one order, so two never wait for each
 * other), so the second waits for the first to commit and then sees its row.
 */
export async function refuseDuplicates(
  tx: EntityManager,
  kind: DuplicateKind,
  what: string,
  keys: DuplicateKeys,
  allowDuplicate: boolean | undefined,
): Promise<void> {
  if (allowDuplicate) return;
  for (const key of duplicateLockKeys(kind, [keys])) await lockForTransaction(tx, key);
  const matches = await findDuplicates(tx, kind, keys);
  if (matches.length > 0) throw new DuplicateRecordError(what, matches);
}

/**
 * The advisory locks a create of these records takes (refuseDuplicates), sorted as every taker
 * sorts them (code unit order, which PostgreSQL's "C" collation keeps), so two never wait for
 * each other.
 */
export function duplicateLockKeys(kind: DuplicateKind, many: DuplicateKeys[]): string[] {
  const keys = new Set<string>();
  for (const one of many)
    for (const [field, value] of Object.entries(normalisedKeys(kind, one)))
      if (value) keys.add(`duplicates:${kind}:${field}:${value}`);
  return [...keys].sort();
}

/**
 * Inside a transaction: takes the duplicate check's locks for many records at once (one
 * statement), as refuseDuplicates does for one.
 */
export async function lockDuplicateKeys(
  tx: EntityManager,
  kind: DuplicateKind,
  many: DuplicateKeys[],
): Promise<void> {
  const keys = duplicateLockKeys(kind, many);
  if (keys.length === 0) return;
  await tx
    .getConnection()
    .execute(
      `select count(pg_advisory_xact_lock(hashtext(k))) from (select k from jsonb_array_elements_text(?::jsonb) k order by k collate "C") s`,
      [JSON.stringify(keys)],
      'all',
      tx.getTransactionContext(),
    );
}

/**
 * findDuplicates for many records at once (an import's rows): for each, by its index, the records
 * of `kind` it may duplicate, oldest first, each with the first field that matched. One query per
 * call, whatever the number of records.
 */
export async function findDuplicatesOfMany(
  em: EntityManager,
  kind: DuplicateKind,
  many: DuplicateKeys[],
): Promise<Map<number, DuplicateMatch[]>> {
  const normalised = many.map((keys) => normalisedKeys(kind, keys));
  const values = { email: new Set<string>(), phone: new Set<string>(), name: new Set<string>() };
  for (const n of normalised)
    for (const field of ['email', 'phone', 'name'] as const)
      if (n[field]) values[field].add(n[field]);
  const found = new Map<number, DuplicateMatch[]>();
  if (values.email.size + values.phone.size + values.name.size === 0) return found;
  const { table, name, where } = SOURCES[kind];
  // `= any(array(…))`, not `in (select …)`: an index lookup per value, not a scan of the table.
  const any = (column: string) =>
    `t.${column} = any(array(select jsonb_array_elements_text(?::jsonb)))`;
  const rows = await em
    .getConnection()
    .execute<
      { id: string; name: string; email: string | null; phone: string | null; n: string | null }[]
    >(
      `select t.id, ${name} as name, t.email_normalized as email, t.phone_normalized as phone,
              ${kind === 'company' ? 't.name_normalized' : 'null'} as n
         from "${table}" t
        where t.archived_at is null and ${where}
          and (${any('email_normalized')} or ${any('phone_normalized')}${kind === 'company' ? ` or ${any('name_normalized')}` : ''})
        order by t.created_at, t.id`,
      [
        JSON.stringify([...values.email]),
        JSON.stringify([...values.phone]),
        ...(kind === 'company' ? [JSON.stringify([...values.name])] : []),
      ],
      'all',
      em.getTransactionContext(),
    );
  const byValue = { email: new Map<string, typeof rows>(), phone: new Map(), name: new Map() };
  for (const r of rows)
    for (const [field, value] of [
      ['email', r.email],
      ['phone', r.phone],
      ['name', r.n],
    ] as const)
      if (value) byValue[field].set(value, [...(byValue[field].get(value) ?? []), r]);
  normalised.forEach((n, i) => {
    const matches: DuplicateMatch[] = [];
    const seen = new Set<string>();
    for (const field of ['email', 'phone', 'name'] as const) {
      const value = n[field];
      if (!value) continue;
      for (const r of (byValue[field].get(value) ?? []) as typeof rows)
        if (!seen.has(r.id) && matches.length < MAX_MATCHES) {
          seen.add(r.id);
          matches.push({ kind, id: r.id, name: r.name, field });
        }
    }
    if (matches.length) found.set(i, matches);
  });
  return found;
}
