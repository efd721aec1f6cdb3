import { type INestApplication } from '@nestjs/common';
import { createApiApp } from '../apps/api/create-api-app';
import { eventually } from './support/eventually';
import { http, type HttpResult } from './support/http';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy';
import { TEST_ADMIN_KEY, testConfig } from './support/test-config';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** A request and how long its answer took. */
async function timed(call: () => Promise<HttpResult>): Promise<HttpResult & { ms: number }> {
  const started = Date.now();
  const answer = await call();
  return { ...answer, ms: Date.now() - started };
}

/**
 * PostgreSQL going away, cleanly (connections refused) or silently (packets dropped), as the
 * API's clients see it: 503 with Retry-After within 5 s, `/ready` saying why, and the API back
 * by itself once the database is.
 */
describe('PostgreSQL unavailable', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let app: INestApplication;
  let url: string;
  const get = (path: string) =>
    timed(() => http(url, 'GET', path, undefined, { key: TEST_ADMIN_KEY }));
  const createLead = () =>
    timed(() =>
      http(url, 'POST', '/api/v1/leads', { title: 'during an outage' }, { key: TEST_ADMIN_KEY }),
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    const target = new URL(database.url);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    app = await createApiApp(
      testConfig(database.url, {
        DATABASE_URL: viaProxy.toString(),
        // The server's default: how long a request waits for a connection that cannot be opened.
        DATABASE_CONNECT_TIMEOUT_MS: '2000',
      }),
    );
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    proxy?.heal();
    await app?.close();
    await proxy?.close();
    await database?.drop();
  });

  function expectUnavailable(answer: HttpResult & { ms: number }) {
    expect(answer.status).toBe(503);
    expect(answer.contentType).toContain('application/problem+json');
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(answer.body.detail).toMatch(/database/);
    expect(answer.ms).toBeLessThan(5000);
  }

  it('answers 503 with Retry-After while connections are refused, and 200 once they are not', async () => {
    expect((await get('/api/v1/leads')).status).toBe(200);
    proxy.cut();
    try {
      expectUnavailable(await get('/api/v1/leads'));
      expectUnavailable(await createLead());
      const ready = await get('/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.down).toEqual(['database']);
      expect(ready.body.checks.database.error).toEqual(expect.any(String));
    } finally {
      proxy.restore();
    }
    expect((await get('/api/v1/leads')).status).toBe(200);
  });

  it('answers 503 within 5 s while packets are dropped, and recovers by itself when they flow', async () => {
    expect((await createLead()).status).toBe(201);
    proxy.partition();
    try {
      const [list, create, ready] = await Promise.all([
        get('/api/v1/leads'),
        createLead(),
        get('/ready'),
      ]);
      expectUnavailable(list);
      expectUnavailable(create);
      expect(ready.status).toBe(503);
      expect(ready.body.down).toEqual(['database']);
      expect(ready.ms).toBeLessThan(5000);
      // Still failing fast a while later: nothing piles up behind the hung connections.
      expectUnavailable(await get('/api/v1/leads'));
    } finally {
      proxy.heal();
    }
    await eventually(
      'the API answering again',
      async () => (await get('/api/v1/leads')).status === 200,
    );
    expect((await createLead()).status).toBe(201);
    expect((await get('/ready')).status).toBe(200);
  });
});
