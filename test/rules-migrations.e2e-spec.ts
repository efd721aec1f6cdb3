import { type ChildProcess } from 'node:child_process';
import { fastPipelineRules } from './support/fast-rules';
import { eventually } from './support/eventually';
import { startWorkerProcess, stopWorkerProcess } from './support/worker-process';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

const DEALS = 24;

interface Migration {
  id: string;
  status: string;
  fromVersion: number;
  toVersion: number;
  startedBy: string;
  total: number;
  remaining: number;
  counts: { migrated: number; refused: number; failed: number; migrating: number };
}

/**
 * Bulk migrations of live deals to another rules version, as a Temporal workflow: started,
 * paused, resumed and cancelled through the API, and a worker killed (SIGKILL) in the middle of
 * one: every deal is migrated, each exactly once (one `rules v1 → v2` row in its history).
 */
describe('bulk rules migrations', () => {
  let system: TestSystem;
  let manager: TestUser, ops: TestUser;
  let worker: ChildProcess | undefined;
  const deals: string[] = [];

  const startWorker = () => startWorkerProcess(system.config);

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    for (const files of [fastPipelineRules(1)])
      expect((await system.call('POST', '/api/v1/rules/publish', { files })).status).toBe(201);
    manager = await system.user('manager');
    ops = await system.user('salesops');
    worker = await startWorker();
    for (let i = 0; i < DEALS; i++) {
      const deal = await system.call(
        'POST',
        '/api/v1/deals',
        { title: `Bulk ${i}`, pipelineId: 'fast', amount: '10.00' },
        { key: manager.key },
      );
      deals.push(deal.body.id);
    }
    for (const id of deals)
      await eventually(
        `${id} started`,
        async () =>
          (await system.call('GET', `/api/v1/deals/${id}/automation`)).body.stage === 'new' ||
          undefined,
        { timeoutMs: 60_000 },
      );
    // v2: a deal in "new" also gives up after 3 days.
    const v2 = fastPipelineRules(2);
    v2['rules.yaml'] = v2['rules.yaml'].replace(
      '      - to: lost\n        after: 14d',
      '      - to: lost\n        after: 3d',
    );
    expect((await system.call('POST', '/api/v1/rules/publish', { files: v2 })).status).toBe(201);
  }, 240_000);
  afterAll(async () => {
    await stopWorkerProcess(worker);
    await system?.close();
  });

  const asOps = (method: 'GET' | 'POST', path: string, body?: unknown) =>
    system.call(method, path, body, { key: ops.key });
  const read = async (id: string): Promise<Migration> =>
    (await asOps('GET', `/api/v1/rules/fast/migrations/${id}`)).body;
  const versionRows = async (deal: string, cause: string) =>
    (
      (await system.call('GET', `/api/v1/deals/${deal}/history?limit=200`)).body.items as {
        cause: string;
      }[]
    ).filter((h) => h.cause === cause).length;

  it('refuses bad input naming the field, and anyone but admins and sales ops', async () => {
    const missing = await asOps('POST', '/api/v1/rules/fast/migrations', { toVersion: 2 });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('fromVersion');
    const unpublished = await asOps('POST', '/api/v1/rules/fast/migrations', {
      fromVersion: 1,
      toVersion: 9,
    });
    expect(unpublished.status).toBe(422);
    expect(unpublished.body.errors).toEqual([
      { field: 'toVersion', problem: 'fast v9 is not published' },
    ]);
    const same = await asOps('POST', '/api/v1/rules/fast/migrations', {
      fromVersion: 1,
      toVersion: 1,
    });
    expect(same.status).toBe(422);
    expect(same.body.errors[0].field).toBe('toVersion');
    const badFilter = await asOps('POST', '/api/v1/rules/fast/migrations', {
      fromVersion: 1,
      toVersion: 2,
      filter: { recordIds: ['not-a-uuid'] },
    });
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.errors[0].field).toMatch(/^filter\.recordIds/);
    const unknown = await asOps('POST', '/api/v1/rules/nope/migrations', {
      fromVersion: 1,
      toVersion: 2,
    });
    expect(unknown.status).toBe(404);
    const forbidden = await system.call(
      'POST',
      '/api/v1/rules/fast/migrations',
      { fromVersion: 1, toVersion: 2 },
      { key: manager.key },
    );
    expect(forbidden.status).toBe(403);
  });

  it('migrates every deal exactly once although the worker is killed mid-way', async () => {
    const started = await asOps('POST', '/api/v1/rules/fast/migrations', {
      fromVersion: 1,
      toVersion: 2,
      batchSize: 2,
      note: 'give up on silence sooner',
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      ruleSetId: 'fast',
      recordKind: 'deal',
      fromVersion: 1,
      toVersion: 2,
      total: DEALS,
      note: 'give up on silence sooner',
    });
    const id = started.body.id as string;
    // Some deals migrated, not all: the worker dies.
    await eventually(
      'a few deals migrated',
      async () => ((await read(id)).counts.migrated >= 4 ? true : undefined),
      { timeoutMs: 60_000, everyMs: 50 },
    );
    await stopWorkerProcess(worker, 'SIGKILL');
    const atTheCrash = await read(id);
    expect(atTheCrash.counts.migrated).toBeLessThan(DEALS);
    expect(atTheCrash.status).toBe('running');

    worker = await startWorker();
    const done = await eventually(
      'the migration completed',
      async () => {
        const m = await read(id);
        return m.status === 'completed' ? m : undefined;
      },
      { timeoutMs: 120_000, everyMs: 200 },
    );
    expect(done.counts).toEqual({ migrated: DEALS, refused: 0, failed: 0, migrating: 0 });
    expect(done.remaining).toBe(0);
    for (const deal of deals) {
      expect((await system.call('GET', `/api/v1/deals/${deal}`)).body.rulesVersion).toBe(2);
      expect(await versionRows(deal, 'rules v1 → v2')).toBe(1);
    }
    const records = await asOps(
      'GET',
      `/api/v1/rules/fast/migrations/${id}/records?outcome=migrated&limit=10`,
    );
    expect(records.status).toBe(200);
    expect(records.body).toMatchObject({ total: DEALS, limit: 10, nextCursor: expect.any(String) });
    expect(new Set(records.body.items.map((r: { recordId: string }) => r.recordId)).size).toBe(10);
    // Over: nothing to pause.
    expect((await asOps('POST', `/api/v1/rules/fast/migrations/${id}/pause`)).status).toBe(409);
  }, 240_000);

  it('pauses, resumes and cancels a rollback, and lists who migrated what', async () => {
    const started = await asOps('POST', '/api/v1/rules/fast/migrations', {
      fromVersion: 2,
      toVersion: 1,
      batchSize: 1,
      note: 'roll back',
    });
    expect(started.status).toBe(201);
    const id = started.body.id as string;
    const paused = await asOps('POST', `/api/v1/rules/fast/migrations/${id}/pause`);
    expect(paused.status).toBe(200);
    expect(paused.body.status).toBe('paused');
    const whilePaused = paused.body.counts.migrated as number;
    expect(whilePaused).toBeLessThan(DEALS);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await read(id)).counts.migrated).toBe(whilePaused);

    const resumed = await asOps('POST', `/api/v1/rules/fast/migrations/${id}/resume`);
    expect(resumed.status).toBe(200);
    expect(resumed.body.status).toBe('running');
    const cancelled = await asOps('POST', `/api/v1/rules/fast/migrations/${id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const at = cancelled.body as Migration;
    expect(at.counts.migrated + at.remaining).toBe(DEALS);
    expect(at.remaining).toBeGreaterThan(0);
    // Those reached run v1 again; the rest stay on v2.
    let onV1 = 0;
    for (const deal of deals)
      if ((await system.call('GET', `/api/v1/deals/${deal}`)).body.rulesVersion === 1) onV1++;
    expect(onV1).toBe(at.counts.migrated);

    const list = await asOps('GET', '/api/v1/rules/fast/migrations');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 2, nextCursor: null });
    expect(list.body.items.map((m: Migration) => [m.fromVersion, m.toVersion, m.status])).toEqual([
      [2, 1, 'cancelled'],
      [1, 2, 'completed'],
    ]);
    expect(list.body.items[1].startedBy).toContain(ops.id);
    const bad = await asOps('GET', '/api/v1/rules/fast/migrations/not-a-uuid');
    expect(bad.status).toBe(400);
  }, 120_000);
  it('keeps the pace it was given: at most so many records a second', async () => {
    const fresh: string[] = [];
    for (let i = 0; i < 5; i++) {
      const deal = await system.call(
        'POST',
        '/api/v1/deals',
        { title: `Paced ${i}`, pipelineId: 'fast', amount: '10.00' },
        { key: manager.key },
      );
      expect(deal.body.rulesVersion).toBe(2);
      fresh.push(deal.body.id);
    }
    for (const id of fresh)
      await eventually(
        `${id} started`,
        async () =>
          (await system.call('GET', `/api/v1/deals/${id}/automation`)).body.stage === 'new' ||
          undefined,
        { timeoutMs: 60_000 },
      );
    const started = await asOps('POST', '/api/v1/rules/fast/migrations', {
      fromVersion: 2,
      toVersion: 1,
      filter: { recordIds: fresh },
      batchSize: 2,
      maxRecordsPerSecond: 2,
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ total: 5, batchSize: 2, maxRecordsPerSecond: 2 });
    const id = started.body.id as string;
    await eventually(
      'the paced migration completed',
      async () => ((await read(id)).status === 'completed' ? true : undefined),
      { timeoutMs: 60_000, everyMs: 100 },
    );
    const records = (await asOps('GET', `/api/v1/rules/fast/migrations/${id}/records`)).body
      .items as { at: string; outcome: string }[];
    expect(records.map((r) => r.outcome)).toEqual(Array(5).fill('migrated'));
    // Batches of 2 at 2 a second: the third batch starts no sooner than 2 s after the first.
    const times = records.map((r) => Date.parse(r.at)).sort((a, b) => a - b);
    expect(times[4] - times[0]).toBeGreaterThanOrEqual(1_500);
    // Unpaced, the same migration is not held back (the earlier ones above ran without a pace).
    const unpaced = (await asOps('GET', '/api/v1/rules/fast/migrations')).body.items as {
      maxRecordsPerSecond: number | null;
    }[];
    expect(unpaced.map((m) => m.maxRecordsPerSecond)).toEqual([2, null, null]);
  }, 120_000);
});
