import { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadConfig } from '../libs/config';
import { freePort, resolveTool, TEMPORAL_TEST_SERVER } from '../libs/temporal';
import { b2bFiles } from './support/b2b-rules';
import { eventually } from './support/eventually';
import { addressOf, startTestMailbox, type TestMailbox } from './support/smtp';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/**
 * The shipped b2b rules with their real durations (hours, days, weeks), on the time-skipping
 * test server: the whole system (API, worker, PostgreSQL, SMTP) runs against it, and the test
 * moves the clock.
 */
describe('the shipped rules, in real time skipped', () => {
  let env: TestWorkflowEnvironment;
  let system: TestSystem;
  let mailbox: TestMailbox;
  let manager: TestUser, head: TestUser;

  beforeAll(async () => {
    const config = loadConfig();
    const tool = await resolveTool(TEMPORAL_TEST_SERVER, {
      configuredPath: config.temporal.testServerPath,
      cacheDir: config.cacheDir,
    });
    const port = await freePort();
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: tool.path }, port },
    });
    mailbox = await startTestMailbox();
    system = await startTestSystem({
      env: { SMTP_URL: mailbox.url, TEMPORAL_ADDRESS: `127.0.0.1:${port}` },
    });
    const team = (await system.call('POST', '/api/v1/teams', { name: 'Enterprise' })).body.id;
    manager = await system.user('manager', { teamId: team, name: 'Max Manager' });
    head = await system.user('head', { teamId: team, name: 'Hana Head' });
  }, 120_000);
  afterAll(async () => {
    await system?.close();
    await env?.teardown();
    await mailbox?.close();
  });

  const deal = async (title: string) =>
    (
      await system.call(
        'POST',
        '/api/v1/deals',
        { title, pipelineId: 'b2b', amount: '5000.00' },
        { key: manager.key },
      )
    ).body;
  const automation = async (id: string) =>
    (await system.call('GET', `/api/v1/deals/${id}/automation`)).body;
  const settled = <T>(probe: () => Promise<T | undefined>) =>
    eventually('the workflow to get there', probe, { timeoutMs: 20_000, everyMs: 100 });

  it('escalates an overdue call on time, then loses a deal nobody answered in two weeks', async () => {
    const silent = await deal('Silent Corp');
    const started = await settled(async () => {
      const view = await automation(silent.id);
      return view.openFollowUps?.length ? view : undefined;
    });
    expect(started.stage).toBe('new');
    const dueAt = Date.parse(started.openFollowUps[0].dueAt);
    const t0 = await env.currentTimeMs();
    expect(dueAt - t0).toBeGreaterThan(3.9 * 3600_000); // due in 4 hours

    // An hour after it is due, the responsible is reminded; not before.
    await env.sleep('290m');
    expect(mailbox.messages.filter((m) => m.subject === 'Overdue call: Silent Corp')).toHaveLength(
      0,
    );
    await env.sleep('20m');
    const [toManager] = await mailbox.waitFor((m) => m.subject === 'Overdue call: Silent Corp');
    expect(addressOf(toManager)).toBe(
      (await system.call('GET', `/api/v1/users/${manager.id}`)).body.email,
    );
    expect(toManager.text).toContain('The call "Qualify Silent Corp" for the deal Silent Corp');

    // A day late, the head of sales hears of it.
    await env.sleep('1d');
    const headMail = await mailbox.waitFor((m) => m.subject === 'Overdue call: Silent Corp', 2);
    expect(headMail.map(addressOf)).toContain(
      (await system.call('GET', `/api/v1/users/${head.id}`)).body.email,
    );

    // Fourteen days of silence: lost.
    expect((await system.call('GET', `/api/v1/deals/${silent.id}`)).body.stage).toBe('new');
    await env.sleep('13d');
    const lost = await settled(async () => {
      const d = (await system.call('GET', `/api/v1/deals/${silent.id}`)).body;
      return d.outcome === 'lost' ? d : undefined;
    });
    expect(lost).toMatchObject({ stage: 'lost', lossReason: 'no_response' });
    const history = (await system.call('GET', `/api/v1/deals/${silent.id}/history`)).body.items;
    expect(history.at(-1)).toMatchObject({
      from: 'new',
      to: 'lost',
      cause: 'rule stages[0].transitions[2]',
      lossReason: 'no_response',
    });
    // The change is dated in the workflow's (skipped) time: two weeks after the start.
    expect(Date.parse(history.at(-1).at) - t0).toBeGreaterThanOrEqual(14 * 24 * 3600_000 - 60_000);
  }, 120_000);

  it('does not fire again, on a migration, the overdue escalations that already fired', async () => {
    const late = await deal('Late Corp');
    await settled(async () => {
      const v = await automation(late.id);
      return v.openFollowUps?.length ? v : undefined;
    });
    const overdue = (m: { subject?: string }) => m.subject === 'Overdue call: Late Corp';
    // Both escalations of the call fire: an hour late (the manager), a day late (the head).
    await env.sleep('4h');
    await env.sleep('1d');
    await env.sleep('10m');
    await mailbox.waitFor(overdue, 2);

    // v5 keeps both and adds a third, two hours after the call is due: already past.
    const v5 = b2bFiles(5, (y) =>
      y.replace(
        '    transitions:\n      - to: qualification',
        `      - activity: call
        after: 2h
        do:
          - notify: { to: responsible, template: overdue-call }
    transitions:
      - to: qualification`,
      ),
    );
    const published = await system.call('POST', '/api/v1/rules/publish', { files: v5 });
    expect(published.status).toBe(201);
    const migrated = await system.call(
      'POST',
      `/api/v1/deals/${late.id}/rules-version`,
      { version: 5 },
      { key: manager.key },
    );
    expect(migrated.status).toBe(200);

    // Only the new escalation runs (at once: its time is past); the two that fired stay done.
    // The escalations that fired since the migration (lastEvents: newest first).
    const escalations = (v: { lastEvents: { rule: string }[] }) =>
      v.lastEvents
        .slice(
          0,
          v.lastEvents.findIndex((e) => e.rule === 'migration'),
        )
        .map((e) => e.rule)
        .filter((rule) => rule.includes('when_overdue'));
    const view = await settled(async () => {
      const v = await automation(late.id);
      return escalations(v).length > 0 ? v : undefined;
    });
    expect(view.rulesVersion).toBe(5);
    await mailbox.waitFor(overdue, 3);
    await env.sleep('1h');
    expect(mailbox.messages.filter(overdue)).toHaveLength(3);
    expect(escalations(await automation(late.id))).toEqual(['stages[0].when_overdue[2]']);
    expect(view.pendingTimers.filter((t: { id: string }) => t.id.includes('/overdue/'))).toEqual(
      [],
    );
  }, 120_000);

  it('moves the overdue checks with a rescheduled call', async () => {
    const busy = await deal('Busy Corp');
    const view = await settled(async () => {
      const v = await automation(busy.id);
      return v.openFollowUps?.[0]?.activityId ? v : undefined;
    });
    const callId = view.openFollowUps[0].activityId;
    // The manager agrees a call in two days: the reminder waits for that.
    const inTwoDays = new Date((await env.currentTimeMs()) + 2 * 24 * 3600_000).toISOString();
    const moved = await system.call(
      'POST',
      `/api/v1/activities/${callId}/reschedule`,
      { dueAt: inTwoDays },
      { key: manager.key },
    );
    expect(moved.status).toBe(200);
    await settled(async () => {
      const v = await automation(busy.id);
      return v.pendingTimers.some((t: { id: string }) => t.id.includes('~1/overdue/0'))
        ? v
        : undefined;
    });
    await env.sleep('6h');
    expect(mailbox.messages.filter((m) => m.subject === 'Overdue call: Busy Corp')).toHaveLength(0);
    await env.sleep('44h');
    const [late] = await mailbox.waitFor((m) => m.subject === 'Overdue call: Busy Corp');
    expect(late.text).toContain('The call "Qualify Busy Corp" for the deal Busy Corp');
  }, 120_000);
});
