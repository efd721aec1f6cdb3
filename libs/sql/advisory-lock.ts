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

/**
 * On a connection of one's own (outside a transaction): takes the lock named `key` for the
 * session if no other session holds it, and says whether it did. The lock lasts until it is
 * unlocked or the connection closes; a connection that dies (its process killed) frees it.
 */
export async function tryLockForSession(sql: SessionSql, key: string): Promise<boolean> {
  const [{ locked }] = await sql('select pg_try_advisory_lock(hashtext(?)) as locked', [key]);
  return Boolean(locked);
}

/** Gives back a lock taken by tryLockForSession on this connection. */
export async function unlockForSession(sql: SessionSql, key: string): Promise<void> {
  await sql('select pg_advisory_unlock(hashtext(?))', [key]);
}

/** A statement on one connection: its rows. */
type SessionSql = (query: string, bindings: unknown[]) => Promise<Array<Record<string, unknown>>>;
