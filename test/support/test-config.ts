import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppConfig, loadConfig } from '../../libs/config';

/** The admin key every test system starts with (ADMIN_API_KEY). */
export const TEST_ADMIN_KEY = `vk_test_admin_${randomUUID().replace(/-/g, '')}`;

/** The first admin's password in every test system (ADMIN_PASSWORD; email FIRST_ADMIN_EMAIL). */
export const TEST_ADMIN_PASSWORD = 'test admin password';

/** Set by the global setup for every test file. */
export const TEST_TEMPORAL_ADDRESS_VAR = 'VORONKA_TEST_TEMPORAL_ADDRESS';

/**
 * A configuration for one test file: its own database (see test-database.ts)
 * and its own task queue, so that the workers of two test files never take
 * each other's tasks on the shared Temporal server.
 */
export function testConfig(databaseUrl: string, overrides: NodeJS.ProcessEnv = {}): AppConfig {
  const temporalAddress = process.env[TEST_TEMPORAL_ADDRESS_VAR];
  if (!temporalAddress)
    throw new Error(`${TEST_TEMPORAL_ADDRESS_VAR} is not set: run through jest`);
  return loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: '5',
    // Opening a connection on a loaded CI machine (two files at a time, each with its system) can
    // take longer than the 2 s a server gets; the outage tests set the server's value themselves.
    DATABASE_CONNECT_TIMEOUT_MS: '10000',
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`,
    ADMIN_API_KEY: TEST_ADMIN_KEY,
    ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
    // Mail without SMTP_URL goes to DATA_DIR/outbox: a folder of the test's own.
    DATA_DIR: mkdtempSync(join(tmpdir(), 'voronka-test-')),
    ...overrides,
  });
}
