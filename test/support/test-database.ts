import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../libs/persistence';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file, so files never see each other's
 * data. With TEST_DATABASE_URL (CI): a fresh database on that server, dropped
 * afterwards. Without it: an in-memory embedded PostgreSQL (PGlite).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({ maxConnections: 40 });
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  // TEST_DATABASE_PREFIX lets a run (CI) find and drop exactly the databases it made.
  const prefix = process.env.TEST_DATABASE_PREFIX ?? 'voronka_test_';
  const name = `${prefix}${Date.now()}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.query(`create database "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdmin(serverUrl, (admin) =>
        admin.query(`drop database if exists "${name}" with (force)`),
      ),
  };
}

async function withAdmin(
  serverUrl: string,
  work: (client: Client) => Promise<unknown>,
): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
