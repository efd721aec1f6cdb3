import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

interface Import {
  id: string;
  status: string;
  rowCount: number;
  counts: { pending: number; created: number; updated: number; skipped: number; failed: number };
  workflows: { started: number; total: number };
}

/**
 * Cancelling a CSV import (docs/import.md): the batch in flight completes, no row after it is
 * written, the rows written stay (and their leads get their workflows), the rest stay pending;
 * cancelling again answers the same, a completed import cannot be cancelled.
 */
describe('cancelling CSV imports', () => {
  let system: TestSystem;
  let manager: TestUser, other: TestUser;

  beforeAll(async () => {
    system = await startTestSystem();
    manager = await system.user('manager');
    other = await system.user('manager');
  }, 120_000);
  afterAll(async () => {
    await system?.close();
  });

  const upload = async (file: string, kind: string): Promise<Import> => {
    const response = await fetch(`${system.baseUrl}/api/v1/imports?kind=${kind}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${manager.key}`, 'content-type': 'text/csv' },
      body: Buffer.from(file),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as Import;
  };
  const as = (method: 'GET' | 'POST', path: string, body?: unknown, key = manager.key) =>
    system.call(method, path, body, { key });
  const read = async (id: string) => (await as('GET', `/api/v1/imports/${id}`)).body as Import;

  it('stops a running import after its current batch; what was written stays', async () => {
    const ROWS = 3000;
    const lines = ['Title,Email'];
    for (let i = 0; i < ROWS; i++) lines.push(`Stopped ${i},stopped${i}@cancel.test`);
    const job = await upload(lines.join('\n'), 'lead');
    const started = await as('POST', `/api/v1/imports/${job.id}/start`, {
      batchSize: 10,
      workflowStartsPerSecond: 50,
    });
    expect(started.status).toBe(200);
    await eventually(
      'some rows written',
      async () => (await read(job.id)).counts.created >= 30 || undefined,
      {
        timeoutMs: 60_000,
        everyMs: 50,
      },
    );
    // Another manager does not see it; the uploader cancels it.
    expect(
      (await as('POST', `/api/v1/imports/${job.id}/cancel`, undefined, other.key)).status,
    ).toBe(404);
    const cancelled = await as('POST', `/api/v1/imports/${job.id}/cancel`);
    expect(cancelled.status).toBe(200);
    const atCancel = cancelled.body as Import;
    expect(atCancel.status).toBe('cancelled');
    const written = atCancel.counts.created;
    expect(written).toBeGreaterThanOrEqual(30);
    expect(written).toBeLessThan(ROWS);
    expect(atCancel.counts).toEqual({
      pending: ROWS - written,
      created: written,
      updated: 0,
      skipped: 0,
      failed: 0,
    });

    // The leads written get their workflows (the workflow goes on to start them, then ends).
    const settled = await eventually(
      'the written leads’ workflows started',
      async () => {
        const now = await read(job.id);
        return now.workflows.started === written ? now : undefined;
      },
      { timeoutMs: 120_000, everyMs: 250 },
    );
    // Nothing written after the cancel, and it stays cancelled.
    expect(settled.status).toBe('cancelled');
    expect(settled.counts).toEqual(atCancel.counts);
    expect(settled.workflows).toEqual({ started: written, total: written });
    expect((await as('GET', '/api/v1/leads?q=cancel.test&limit=1')).body.total).toBe(written);
    // The rows are listed as they are: written ones with their records, the rest pending.
    const createdRows = await as('GET', `/api/v1/imports/${job.id}/rows?outcome=created&limit=5`);
    expect(createdRows.body.total).toBe(written);
    expect(createdRows.body.items[0]).toMatchObject({
      row: 1,
      outcome: 'created',
      recordId: expect.any(String),
    });
    const pendingRows = await as('GET', `/api/v1/imports/${job.id}/rows?outcome=pending&limit=1`);
    expect(pendingRows.body.total).toBe(ROWS - written);
    expect(pendingRows.body.items[0].row).toBe(written + 1);

    // Idempotent: cancelling again answers it as it is.
    const again = await as('POST', `/api/v1/imports/${job.id}/cancel`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'cancelled', counts: atCancel.counts });
    // A cancelled import does not start again.
    expect((await as('POST', `/api/v1/imports/${job.id}/start`, {})).status).toBe(409);
  }, 300_000);

  it('refuses to cancel a completed import (409), which stays completed', async () => {
    const job = await upload('First name,Email\nAnn,ann@done.test\nBob,bob@done.test', 'contact');
    expect((await as('POST', `/api/v1/imports/${job.id}/start`, {})).status).toBe(200);
    await eventually(
      'the import completed',
      async () => ((await read(job.id)).status === 'completed' ? true : undefined),
      {
        timeoutMs: 60_000,
        everyMs: 200,
      },
    );
    const refused = await as('POST', `/api/v1/imports/${job.id}/cancel`);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/has completed/);
    expect(await read(job.id)).toMatchObject({
      status: 'completed',
      counts: { created: 2, pending: 0 },
    });
  }, 120_000);
});
