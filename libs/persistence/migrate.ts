import { type MikroORM } from '@mikro-orm/postgresql';

/** An arbitrary constant: the advisory lock that serialises concurrent migrators. */
const MIGRATION_LOCK_KEY = 7_361_092_551;

interface PgClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** How often a waiting migrator asks for the lock again. */
const LOCK_POLL_MS = 250;

/**
 * Migrators of this process run one after the other. The advisory lock below
 * serialises processes on a real server, but the embedded PGlite has a single
 * session, in which an advisory lock is re-entrant and so excludes no one;
 * `npm start` runs the API and the worker in one process on it.
 */
let inProcess: Promise<unknown> = Promise.resolve();

/**
 * Applies pending migrations. The API and the worker may start together, so
 * the migration runs under a session advisory lock: the second process waits,
 * then finds nothing left to do. Returns the names of the migrations applied.
 */
export function migrateDatabase(orm: MikroORM): Promise<string[]> {
  const run = inProcess.then(() => migrateUnderLock(orm));
  inProcess = run.catch(() => undefined);
  return run;
}

async function migrateUnderLock(orm: MikroORM): Promise<string[]> {
  const knex = orm.em.getConnection().getKnex();
  const lockConnection = (await knex.client.acquireConnection()) as PgClient;
  try {
    // Asked for in short statements rather than waited for in one, which the statement timeout
    // would cut short while another process migrates.
    while (!(await tryLock(lockConnection)))
      await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
    try {
      const applied = await orm.getMigrator().up();
      return applied.map((m) => m.name);
    } finally {
      await lockConnection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await knex.client.releaseConnection(lockConnection);
  }
}

async function tryLock(connection: PgClient): Promise<boolean> {
  const result = await connection.query('select pg_try_advisory_lock($1) as locked', [
    MIGRATION_LOCK_KEY,
  ]);
  return result.rows[0]?.locked === true;
}
