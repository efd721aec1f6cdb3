import { type INestApplication } from '@nestjs/common';
import { createApiApp } from '../apps/api/create-api-app';
import { freePort } from '../libs/temporal';
import { http } from './support/http';
import { startTcpProxy } from './support/tcp-proxy';
import { testConfig } from './support/test-config';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** Liveness, readiness and the OpenAPI document, as a load balancer and a client see them. */
describe('health, readiness and docs', () => {
  let database: TestDatabase;
  const apps: INestApplication[] = [];

  async function api(env: NodeJS.ProcessEnv = {}): Promise<string> {
    const app = await createApiApp(testConfig(database.url, env));
    apps.push(app);
    await app.listen(0, '127.0.0.1');
    return (await app.getUrl()).replace('[::1]', '127.0.0.1');
  }

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await database?.drop();
  });

  it('answers /health and /ready when PostgreSQL and Temporal are up', async () => {
    const url = await api();
    expect((await http(url, 'GET', '/health')).body).toEqual({ status: 'ok' });
    const ready = await http(url, 'GET', '/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ready',
      checks: { database: { status: 'up' }, temporal: { status: 'up' } },
    });
  });

  it('answers 503 naming Temporal when Temporal is unreachable, and stays alive', async () => {
    const url = await api({ TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}` });
    const ready = await http(url, 'GET', '/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.down).toEqual(['temporal']);
    expect(ready.body.checks.database).toEqual({ status: 'up' });
    expect(ready.body.checks.temporal.status).toBe('down');
    expect(ready.body.checks.temporal.error).toEqual(expect.any(String));
    expect((await http(url, 'GET', '/health')).status).toBe(200);
  });

  it('answers 503 naming the database while PostgreSQL is unreachable, 200 once it is back', async () => {
    const target = new URL(database.url);
    const proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    try {
      const viaProxy = new URL(database.url);
      viaProxy.port = String(proxy.port);
      const url = await api({ DATABASE_URL: viaProxy.toString() });
      expect((await http(url, 'GET', '/ready')).status).toBe(200);

      proxy.cut();
      const ready = await http(url, 'GET', '/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.down).toEqual(['database']);
      expect(ready.body.checks.temporal).toEqual({ status: 'up' });
      expect(ready.body.checks.database.status).toBe('down');
      expect((await http(url, 'GET', '/health')).status).toBe(200);

      proxy.restore();
      expect((await http(url, 'GET', '/ready')).status).toBe(200);
    } finally {
      await proxy.close();
    }
  });

  it('publishes the OpenAPI document and its viewer at /docs', async () => {
    const url = await api();
    const spec = await http(url, 'GET', '/docs/openapi.json');
    expect(spec.status).toBe(200);
    expect(spec.body.info.title).toBe('Voronka API');
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining(['/health', '/ready', '/api/v1/leads', '/api/v1/leads/{id}']),
    );
    const viewer = await http(url, 'GET', '/docs');
    expect(viewer.status).toBe(200);
    expect(viewer.contentType).toContain('text/html');
  });
});
