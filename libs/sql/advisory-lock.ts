import { type EntityManager } from '@mikro-orm/postgresql';

/**
 * Inside a transaction: waits until no other transaction holds the lock named `key`, then holds
 * it to the end of this one (a PostgreSQL transaction-level advisory lock on the text's hash).
 * Work that must not interleave for one key — a payment's external id, a rule set's versions, an
 * effect's run — queues here; a unique key stays the last line of defence.
 */
export async function lockForTransaction(tx: EntityManager, key: string): Promise<void> {
  await tx
    .getConnection()
    .execute('select pg_advisory_xact_lock(hashtext(?))', [key], 'all', tx.getTransactionContext());
}
