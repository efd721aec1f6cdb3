import { type EntityManager } from '@mikro-orm/postgresql';
import { FIRST_ADMIN_EMAIL, User } from './user.entity';
import { lockForTransaction } from '../../sql/advisory-lock';

/**
 * In a transaction: waits for any other process bootstrapping the first admin (an advisory lock
 * held to the end of the transaction). ADMIN_API_KEY and ADMIN_PASSWORD both take it.
 */
export async function lockBootstrap(tx: EntityManager): Promise<void> {
  await lockForTransaction(tx, 'bootstrap-admin');
}

/** The first active admin, created (FIRST_ADMIN_EMAIL) when there is none. */
export async function firstAdmin(
  tx: EntityManager,
  created: (email: string) => void,
): Promise<User> {
  const admin = await tx.findOne(
    User,
    { role: 'admin', active: true },
    { orderBy: { createdAt: 'asc' } },
  );
  if (admin) return admin;
  const first = new User('Administrator', FIRST_ADMIN_EMAIL, 'admin');
  tx.persist(first);
  created(FIRST_ADMIN_EMAIL);
  return first;
}
