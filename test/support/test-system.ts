import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { type AppConfig } from '../../libs/config';
import { createApiApp } from '../../apps/api/create-api-app';
import { createWorkerApp } from '../../apps/worker/create-worker-app';
import { testConfig } from './test-config';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestSystem {
  config: AppConfig;
  api: INestApplication;
  worker?: INestApplicationContext;
  /** Base URL of the API, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The system as a user meets it: its own database (migrated by the API on
 * start), the API listening on a free port and, unless told otherwise, a
 * worker on the shared Temporal server. One per test file (beforeAll).
 */
export async function startTestSystem(
  options: { worker?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<TestSystem> {
  const database: TestDatabase = await createTestDatabase();
  const config = testConfig(database.url, options.env);
  const api = await createApiApp(config);
  await api.listen(0, '127.0.0.1');
  const worker = options.worker === false ? undefined : await createWorkerApp(config);
  const baseUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    config,
    api,
    worker,
    baseUrl,
    async close() {
      await worker?.close();
      await api.close();
      await database.drop();
    },
  };
}
