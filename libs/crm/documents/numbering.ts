import { type EntityManager } from '@mikro-orm/postgresql';

const PREFIX = { quote: 'Q', invoice: 'INV' } as const;
export type NumberedKind = keyof typeof PREFIX;

/**
 * The next number of a kind of document in the year of `at`: Q-2026-00042.
 * Must run inside the transaction that inserts the document: the counter row
 * stays locked until it commits, so concurrent creations queue on it, and a
 * rollback gives the number back; numbers are unique and gap-free.
 */
export async function nextDocumentNumber(
  em: EntityManager,
  kind: NumberedKind,
  at: Date,
): Promise<string> {
  if (!em.isInTransaction())
    throw new Error('document numbers are taken inside the transaction that creates the document');
  const year = at.getUTCFullYear();
  const [row] = await em
    .getConnection()
    .execute<{ last: number }[]>(
      'insert into document_counter (kind, year, last) values (?, ?, 1) on conflict (kind, year) do update set last = document_counter.last + 1 returning last',
      [kind, year],
      'all',
      em.getTransactionContext(),
    );
  return `${PREFIX[kind]}-${year}-${String(row.last).padStart(5, '0')}`;
}
