import { eventually } from './support/eventually';
import { type HttpResult } from './support/http';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy';
import { TEST_TEMPORAL_ADDRESS_VAR } from './support/test-config';
import { startTestSystem, type TestSystem } from './support/test-system';

async function timed(call: () => Promise<HttpResult>): Promise<HttpResult & { ms: number }> {
  const started = Date.now();
  const answer = await call();
  return { ...answer, ms: Date.now() - started };
}

/**
 * The Temporal server going away under the API and the worker (both reach it through a proxy
 * that the test cuts): records are still created at their usual speed, moves answer 503 at once,
 * `/ready` says since when, and once the server is back every record created meanwhile gets its
 * workflow (the reconciler starts them) and moves work again.
 */
describe('Temporal unavailable', () => {
  let proxy: TcpProxy;
  let system: TestSystem;

  beforeAll(async () => {
    const [host, port] = process.env[TEST_TEMPORAL_ADDRESS_VAR]!.split(':');
    proxy = await startTcpProxy(host, Number(port));
    system = await startTestSystem({ env: { TEMPORAL_ADDRESS: `127.0.0.1:${proxy.port}` } });
  });
  afterAll(async () => {
    await system?.close();
    await proxy?.close();
  });

  const createLead = (title: string) =>
    timed(() => system.call('POST', '/api/v1/leads', { title }));
  const automationOf = (id: string) => system.call('GET', `/api/v1/leads/${id}/automation`);
  const running = (id: string) =>
    eventually(
      `the workflow of lead ${id}`,
      async () => ((await automationOf(id)).status === 200 ? true : undefined),
      { timeoutMs: 60_000, everyMs: 500 },
    );

  it('creates at the usual speed while it is down, moves 503 at once, and catches up when it is back', async () => {
    const before = await createLead('before the outage');
    expect(before.status).toBe(201);
    await running(before.body.id);

    proxy.cut();
    const ready = await eventually(
      '/ready to say Temporal is down',
      async () => {
        const r = await system.call('GET', '/ready');
        return r.body.checks?.temporal?.since ? r : undefined;
      },
      { timeoutMs: 30_000, everyMs: 500 },
    );
    expect(ready.status).toBe(503);
    expect(ready.body.down).toEqual(['temporal']);

    // Two creations a second: each stored and answered at once.
    const during: string[] = [];
    for (let i = 0; i < 6; i++) {
      const [created] = await Promise.all([
        createLead(`during the outage ${i}`),
        new Promise((r) => setTimeout(r, 500)),
      ]);
      expect(created.status).toBe(201);
      expect(created.ms).toBeLessThan(1500);
      during.push(created.body.id);
    }
    const move = await timed(() =>
      system.call('POST', `/api/v1/leads/${before.body.id}/move`, { to: 'in_progress' }),
    );
    expect(move.status).toBe(503);
    expect(move.ms).toBeLessThan(1500);
    expect(move.contentType).toContain('application/problem+json');
    expect(Number(move.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(move.body.detail).toMatch(/Temporal/);
    expect((await automationOf(before.body.id)).status).toBe(503);

    proxy.restore();
    for (const id of during) await running(id);
    await eventually(
      '/ready',
      async () => ((await system.call('GET', '/ready')).status === 200 ? true : undefined),
      { timeoutMs: 60_000, everyMs: 500 },
    );
    const moved = await system.call('POST', `/api/v1/leads/${before.body.id}/move`, {
      to: 'in_progress',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.status).toBe('in_progress');
  });
});
