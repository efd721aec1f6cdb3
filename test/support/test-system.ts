import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
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
      await worker?.close();
      await api.close();
      await database.drop();
    },
  };
}
