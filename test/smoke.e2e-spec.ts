import { MikroORM } from '@mikro-orm/postgresql';
import { MockActivityEnvironment } from '@temporalio/testing';
import { SmokeEffects } from '../libs/smoke/smoke.effects';
import { SmokePing } from '../libs/smoke/smoke-ping.entity';
import { startTestSystem, type TestSystem } from './support/test-system';

/**
 * The wiring proof, kept as the system's smoke test: an API call starts a
 * workflow on the real Temporal server, the worker runs it, its effect writes
 * a row through MikroORM into real PostgreSQL, and the API reads it back.
 */
describe('smoke: API → Temporal → worker → effect → PostgreSQL → API', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system?.close();
  });

  it('runs the smoke workflow and reads back the row its effect wrote', async () => {
    const response = await system.call('POST', '/api/v1/smoke', {
      message: 'hello, funnel',
    });
    expect(response.status).toBe(201);
    const run = response.body;
    expect(run).toMatchObject({ message: 'hello, funnel', attempt: 1 });
    expect(run.workflowId).toMatch(/^smoke-/);

    // The workflow really ran on Temporal and completed.
    const { Client } = await import('@temporalio/client');
    const client = system.api.get(Client);
    const description = await client.workflow.getHandle(run.workflowId).describe();
    expect(description.status.name).toBe('COMPLETED');
    expect(description.taskQueue).toBe(system.config.temporal.taskQueue);

    // The API reads the same row back by the workflow id.
    const again = await system.call('GET', `/api/v1/smoke/${run.workflowId}`);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(run);
  });

  it('answers 404 as problem details for an unknown run', async () => {
    const response = await system.call('GET', '/api/v1/smoke/smoke-nope');
    expect(response.status).toBe(404);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      status: 404,
      detail: expect.stringContaining('smoke-nope'),
    });
  });

  it('refuses a bad body with 400 naming the field, and starts nothing', async () => {
    const orm = system.api.get(MikroORM);
    const before = await orm.em.fork().count(SmokePing);
    const response = await system.call('POST', '/api/v1/smoke', { message: '', extra: 1 });
    expect(response.status).toBe(400);
    const problem = response.body;
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'message' }),
        expect.objectContaining({ field: 'extra' }),
      ]),
    );
    expect(await orm.em.fork().count(SmokePing)).toBe(before);
  });

  it('writes one row however often the effect is retried, even concurrently', async () => {
    const effects = system.worker!.get(SmokeEffects);
    const input = { workflowId: 'smoke-idempotency-check', message: 'once' };
    const env = new MockActivityEnvironment({ attempt: 2 });
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        env.run<[typeof input], { pingId: string }, typeof effects.recordSmokePing>(
          effects.recordSmokePing.bind(effects),
          input,
        ),
      ),
    );
    expect(new Set(results.map((r) => r.pingId)).size).toBe(1);
    const orm = system.worker!.get(MikroORM);
    expect(await orm.em.fork().count(SmokePing, { workflowId: input.workflowId })).toBe(1);
  });
});
