import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from '@temporalio/client';
import { createApiClient, type ApiClient, type JsonMedia } from '../../libs/api-client/client';
import { type AppConfig } from '../../libs/config';
import { createApiApp } from '../../apps/api/create-api-app';
import { createWorkerApp } from '../../apps/worker/create-worker-app';
import { type Role } from '../../libs/crm/users/role';
import { http, type HttpResult } from './http';
import { TEST_ADMIN_KEY, testConfig } from './test-config';
import { createTestDatabase, type TestDatabase } from './test-database';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TestUser {
  id: string;
  key: string;
  role: Role;
  teamId: string | null;
}

export interface TestSystem {
  config: AppConfig;
  api: INestApplication;
  worker?: INestApplicationContext;
  /** Base URL of the API, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  adminKey: string;
  /** A request as the admin (or as `key`, or with no key when key is null). */
  call(
    method: Method,
    path: string,
    body?: unknown,
    options?: { key?: string | null; headers?: Record<string, string> },
  ): Promise<HttpResult>;
  /** The typed client (libs/api-client) as the admin, or as the holder of `key`. */
  client(key?: string): ApiClient;
  /** A user with a role (and a team), created through the API, with an API key. */
  user(role: Role, options?: { teamId?: string; name?: string }): Promise<TestUser>;
  close(): Promise<void>;
}

let users = 0;

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
  let api: INestApplication | undefined;
  let worker: INestApplicationContext | undefined;
  try {
    api = await createApiApp(config);
    await api.listen(0, '127.0.0.1');
    worker = options.worker === false ? undefined : await createWorkerApp(config);
  } catch (error) {
    // Leave nothing open behind a failed start: jest would wait for it forever.
    await api?.close().catch(() => undefined);
    await database.drop().catch(() => undefined);
    throw error;
  }
  const baseUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  const call: TestSystem['call'] = (method, path, body, o = {}) =>
    http(baseUrl, method, path, body, {
      key: o.key === undefined ? TEST_ADMIN_KEY : o.key,
      headers: o.headers,
    });
  return {
    config,
    api,
    worker,
    baseUrl,
    adminKey: TEST_ADMIN_KEY,
    call,
    client: (key = TEST_ADMIN_KEY) => createApiClient<JsonMedia>({ baseUrl, apiKey: key }),
    async user(role, o = {}) {
      users += 1;
      const created = await call('POST', '/api/v1/users', {
        name: o.name ?? `${role} ${users}`,
        email: `${role}.${users}.${Date.now()}@test.example`,
        role,
        ...(o.teamId ? { teamId: o.teamId } : {}),
      });
      if (created.status !== 201)
        throw new Error(`creating a ${role}: ${created.status} ${JSON.stringify(created.body)}`);
      const key = await call('POST', `/api/v1/users/${created.body.id}/api-keys`, { name: 'test' });
      return { id: created.body.id, key: key.body.key, role, teamId: o.teamId ?? null };
    },
    async close() {
      await keepHistories(config, api).catch((e) => console.warn(`histories not kept: ${e}`));
      await worker?.close();
      await api.close();
      await database.drop();
    },
  };
}

/**
 * With RECORD_HISTORIES_DIR set, a test system writes the history of every workflow that ran on
 * its task queue there before it closes (protobuf's JSON form, as the replay test reads it):
 * how test/histories/ is filled from the end-to-end suite before a change to workflow code.
 */
async function keepHistories(config: AppConfig, api: INestApplication): Promise<void> {
  const dir = process.env.RECORD_HISTORIES_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const client = api.get(Client);
  const runs: { workflowId: string; runId?: string }[] = [];
  try {
    const query = `TaskQueue = '${config.temporal.taskQueue}'`;
    for await (const execution of client.workflow.list({ query }))
      runs.push({ workflowId: execution.workflowId, runId: execution.runId });
  } catch {
    // The time-skipping test server lists nothing: the records name their workflows.
    const connection = api.get(MikroORM).em.getConnection();
    for (const kind of ['deal', 'lead'])
      for (const row of await connection.execute<{ id: string }[]>(`select id from "${kind}"`))
        runs.push({ workflowId: `${kind}-${row.id}` });
  }
  for (const run of runs) {
    const handle = client.workflow.getHandle(run.workflowId, run.runId);
    const history = await handle.fetchHistory().catch(() => undefined);
    if (!history?.events?.length) continue;
    const runId = run.runId ?? (await handle.describe()).runId;
    const name = `${run.workflowId}-${runId.slice(-8)}`;
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(history));
  }
}
