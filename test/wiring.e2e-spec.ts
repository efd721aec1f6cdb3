import { MikroORM } from '@mikro-orm/postgresql';
import { MockActivityEnvironment } from '@temporalio/testing';
import { RecordEffects } from '../libs/automation/effects/record.effects';
import { workflowIdOf } from '../libs/automation/contract/automation.contract';
import { Activity } from '../libs/crm/activities/activity.entity';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

/**
 * The wiring proof: an API call starts a workflow on the real Temporal server, the worker runs it,
 * its effect writes a row through MikroORM into real PostgreSQL, and the API answers with it.
 */
describe('wiring: API → Temporal → worker → effect → PostgreSQL → API', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system?.close();
  });

  it("creates a lead whose workflow's effect writes its first call, which the API lists", async () => {
    const created = await system.call('POST', '/api/v1/leads', {
      title: 'Wiring proof',
      name: 'Ann Wire',
    });
    expect(created.status).toBe(201);
    const lead = created.body;

    // The first call of the shipped lead rules, written by an effect the worker ran.
    const calls = await eventually('the first call on the lead', async () => {
      const listed = await system.call('GET', `/api/v1/activities?leadId=${lead.id}`);
      return listed.body.items?.length ? listed.body.items : undefined;
    });
    expect(calls).toEqual([
      expect.objectContaining({
        type: 'call',
        subject: 'First call: Ann Wire',
        status: 'planned',
        automated: true,
      }),
    ]);

    // The workflow really runs on Temporal, on the configured task queue.
    const { Client } = await import('@temporalio/client');
    const client = system.api.get(Client);
    const description = await client.workflow.getHandle(workflowIdOf('lead', lead.id)).describe();
    expect(description.status.name).toBe('RUNNING');
    expect(description.taskQueue).toBe(system.config.temporal.taskQueue);
    const view = await system.call('GET', `/api/v1/leads/${lead.id}/automation`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ stage: 'new', workflowId: `lead-${lead.id}` });
  });

  it('writes one row however often an effect is retried, even concurrently', async () => {
    const created = await system.call('POST', '/api/v1/leads', { title: 'Retried effect' });
    const effects = system.worker!.get(RecordEffects);
    const input = {
      kind: 'lead' as const,
      recordId: created.body.id,
      workflowId: 'lead-idempotency-check',
      key: 'new#1/enter/9',
      ruleSetId: created.body.ruleSetId,
      version: created.body.rulesVersion,
      activity: 'task' as const,
      subject: 'Once',
      dueAt: Date.now() + 3_600_000,
      assignee: { kind: 'responsible' as const },
    };
    const env = new MockActivityEnvironment({ attempt: 2 });
    const results: { activityId: string }[] = await Promise.all(
      Array.from({ length: 5 }, () =>
        env.run<[typeof input], { activityId: string }, typeof effects.createActivity>(
          effects.createActivity.bind(effects),
          input,
        ),
      ),
    );
    expect(new Set(results.map((r) => r.activityId)).size).toBe(1);
    const orm = system.worker!.get(MikroORM);
    const rows = await orm.em
      .fork()
      .count(Activity, { automationKey: `${input.workflowId}/${input.key}` });
    expect(rows).toBe(1);
  });
});
