import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadConfig } from '../libs/config';
import { type RecordInput, replay, type RuleSet } from '../libs/rules';
import { freePort, resolveTool, TEMPORAL_TEST_SERVER } from '../libs/temporal';
import { b2bFiles, shorterFollowUp } from './support/b2b-rules';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

const DAY = 86_400_000;

interface View {
  stage: string;
  rulesVersion: number;
  closed: unknown;
  pendingTimers: { id: string; at: string }[];
}

/**
 * The record input log on the whole system (API, worker, PostgreSQL) with the shipped b2b and
 * lead rules on the time-skipping server: several records, each taking other kinds of inputs
 * (moves by people, activities completed, rescheduled and cancelled, field changes, timers
 * fired, a rules migration), and for every one of them, replaying its log through the pure
 * interpreter gives the state its workflow holds: the same stage, the same pending timers.
 */
describe('the record input log', () => {
  let env: TestWorkflowEnvironment;
  let system: TestSystem;
  let manager: TestUser;
  const records: { kind: 'deals' | 'leads'; id: string }[] = [];

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
    system = await startTestSystem({ env: { TEMPORAL_ADDRESS: `127.0.0.1:${port}` } });
    const team = (await system.call('POST', '/api/v1/teams', { name: 'Log team' })).body.id;
    manager = await system.user('manager', { teamId: team, name: 'Lou Logger' });
  }, 120_000);
  afterAll(async () => {
    await system?.close();
    await env?.teardown();
  });

  /** As the manager (the records' responsible); the rules as the admin (system.call). */
  const call = (method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) =>
    system.call(method, path, body, { key: manager.key });
  const admin = (path: string, body: unknown) => system.call('POST', path, body);
  const view = async (kind: string, id: string): Promise<View> =>
    (await call('GET', `/api/v1/${kind}/${id}/automation`)).body;
  const settled = <T>(what: string, probe: () => Promise<T | undefined>) =>
    eventually(what, probe, { timeoutMs: 20_000, everyMs: 100 });
  const deal = async (title: string) => {
    const d = (await call('POST', '/api/v1/deals', { title, pipelineId: 'b2b', amount: '5000.00' }))
      .body;
    records.push({ kind: 'deals', id: d.id });
    await settled(`${title} started`, async () =>
      (await view('deals', d.id)).stage ? true : undefined,
    );
    return d.id as string;
  };
  const firstActivity = (kind: string, id: string) =>
    settled('its activity', async () => {
      const v = (await call('GET', `/api/v1/${kind}/${id}/automation`)).body;
      return v.openFollowUps?.[0]?.activityId as string | undefined;
    });
  const move = async (id: string, to: string, extra: { lossReason?: string } = {}) =>
    expect((await call('POST', `/api/v1/deals/${id}/move`, { to, ...extra })).status).toBe(200);

  /** Each record's log replayed, against what its workflow says. */
  async function expectLogsReplayToTheWorkflows() {
    const orm = system.api.get(MikroORM);
    const versions = new Map<string, RuleSet>();
    const rulesOf = (ruleSetId: string) => (version: number) =>
      versions.get(`${ruleSetId}@${version}`);
    // The lists are pages (limit 200 holds every rule set and version a test publishes).
    const sets = (await call('GET', '/api/v1/rules?limit=200')).body.items as { id: string }[];
    for (const r of sets) {
      const page = (await call('GET', `/api/v1/rules/${r.id}/versions?limit=200`)).body;
      for (const v of page.items as { version: number }[])
        versions.set(
          `${r.id}@${v.version}`,
          (await call('GET', `/api/v1/rules/${r.id}/versions/${v.version}`)).body.content,
        );
    }
    for (const record of records) {
      await settled(`${record.kind} ${record.id} replayed to its workflow`, async () => {
        const workflow = await view(record.kind, record.id);
        const rows: { input: RecordInput; rule_set_id: string }[] = await orm.em
          .fork()
          .getConnection()
          .execute('select input, rule_set_id from record_input where record_id = ? order by seq', [
            record.id,
          ]);
        if (rows.length === 0) return undefined;
        const state = replay(
          rows.map((r) => r.input),
          rulesOf(rows[0].rule_set_id),
        );
        const replayed = {
          stage: state.stage,
          rulesVersion: state.version,
          closed: Boolean(state.closed),
          timers: Object.values(state.timers)
            .map((t) => ({ id: t.id, at: new Date(t.at).toISOString() }))
            .sort((a, b) => a.id.localeCompare(b.id)),
        };
        const held = {
          stage: workflow.stage,
          rulesVersion: workflow.rulesVersion,
          closed: Boolean(workflow.closed),
          timers: workflow.pendingTimers
            .map((t) => ({ id: t.id, at: t.at }))
            .sort((a, b) => a.id.localeCompare(b.id)),
        };
        return JSON.stringify(replayed) === JSON.stringify(held) ? true : undefined;
      });
    }
  }

  let quiet: string, keen: string, off: string, negotiating: string, fresh: string;

  it('replays every record’s inputs to the state its workflow holds', async () => {
    // Nobody calls back: the overdue-call escalations fire (timers).
    quiet = await deal('Quiet Corp');
    // The call done (an activity completed, by its key), then a field changed.
    keen = await deal('Keen Corp');
    await call('POST', `/api/v1/activities/${await firstActivity('deals', keen)}/complete`, {
      outcome: 'interested',
    });
    await settled('Keen in qualification', async () =>
      (await view('deals', keen)).stage === 'qualification' ? true : undefined,
    );
    await call('PATCH', `/api/v1/deals/${keen}`, { amount: '20000.00' });
    // The call put off by two days (its escalations follow), or called off.
    const later = await deal('Later Corp');
    const inTwoDays = new Date((await env.currentTimeMs()) + 2 * DAY).toISOString();
    await call('POST', `/api/v1/activities/${await firstActivity('deals', later)}/reschedule`, {
      dueAt: inTwoDays,
    });
    off = await deal('Called-off Corp');
    await call('POST', `/api/v1/activities/${await firstActivity('deals', off)}/cancel`);
    // Moved by a person: into negotiation (its follow-ups), or lost (closed).
    negotiating = await deal('Negotiating Corp');
    await move(negotiating, 'negotiation');
    const lost = await deal('Lost Corp');
    await move(lost, 'lost', { lossReason: 'no_need' });
    // A lead whose name changes.
    const lead = (await call('POST', '/api/v1/leads', { title: 'Lead', name: 'Lena Lead' })).body;
    records.push({ kind: 'leads', id: lead.id });
    await firstActivity('leads', lead.id);
    await call('PATCH', `/api/v1/leads/${lead.id}`, { name: 'Lena L.' });

    await env.sleep('2d');
    // Entered negotiation half a day before the preview below.
    fresh = await deal('Fresh Corp');
    await move(fresh, 'negotiation');
    await env.sleep('12h');
    await expectLogsReplayToTheWorkflows();
  }, 180_000);

  it('previews a shorter quote follow-up on the real records, exactly as the migration does it', async () => {
    const at = new Date(await env.currentTimeMs()).toISOString();
    const preview = await admin('/api/v1/rules/b2b/impact', {
      files: b2bFiles(5, shorterFollowUp),
      at,
    });
    expect(preview.status).toBe(200);
    // Changed: the two deals in negotiation. The two in "new" whose call is overdue are not: the
    // escalations that already fired for an open activity stay done after a migration.
    expect(preview.body.counts).toEqual({
      unaffected: 4,
      changed: 2,
      refused: 0,
      failed: 0,
      unknown: 0,
    });
    expect(preview.body.byStage).toContainEqual({
      stage: 'negotiation',
      unaffected: 0,
      changed: 2,
      refused: 0,
      failed: 0,
      unknown: 0,
    });
    const example = (id: string) =>
      preview.body.examples.items.find((i: { recordId: string }) => i.recordId === id);
    // Two and a half days in negotiation: the first reminder is due at once, the second in 2 days.
    expect(example(negotiating)).toMatchObject({
      kind: 'changed',
      stage: 'negotiation',
      stageAfter: 'negotiation',
      triggered: [
        expect.objectContaining({
          action: 'send_email',
          what: 'email contact (template quote-reminder)',
        }),
      ],
    });
    expect(example(negotiating).timersAdded).toHaveLength(1);
    expect(Date.parse(example(negotiating).timersAdded[0].at) - Date.parse(at)).toBe(2 * DAY);
    // Half a day in: the first reminder a day sooner.
    const retimed = example(fresh).timersRetimed;
    expect(retimed).toHaveLength(1);
    expect(Date.parse(retimed[0].from) - Date.parse(retimed[0].at)).toBe(DAY);
    // The overdue call's escalations fired already: nothing of them runs again.
    expect(example(quiet)).toBeUndefined();
    expect(example(off)).toBeUndefined(); // unaffected records are not examples by default

    // A version without the qualification stage: the deal in it would be refused.
    const noQualification = b2bFiles(5, (y) =>
      y
        .replace(/ {2}- id: qualification\n( {4}.*\n|\n)+?(?= {2}- id: quote)/, '')
        .replace('to: qualification', 'to: quote'),
    );
    const refused = await admin('/api/v1/rules/b2b/impact', {
      files: noQualification,
      at,
      kinds: ['refused'],
    });
    expect(refused.status).toBe(200);
    expect(refused.body.counts.refused).toBe(1);
    expect(refused.body.examples.items[0]).toMatchObject({
      recordId: keen,
      kind: 'refused',
      reason: expect.stringContaining('stage "qualification" does not exist in b2b v5'),
    });

    // Refused input: a candidate and a version at once, another rule set's files.
    const both = await admin('/api/v1/rules/b2b/impact', { files: b2bFiles(5), version: 4 });
    expect(both.status).toBe(400);
    expect(both.body.errors.map((e: { field: string }) => e.field)).toEqual(['files', 'version']);
    const other = await admin('/api/v1/rules/services/impact', { files: b2bFiles(5) });
    expect(other.status).toBe(422);
    expect(other.body.errors[0].field).toBe('files.rules.yaml');
    // Only who may publish rules.
    const forbidden = await call('POST', '/api/v1/rules/b2b/impact', { version: 4 });
    expect(forbidden.status).toBe(403);

    // Migrated for real: the workflow does what the preview said.
    const published = await admin('/api/v1/rules/publish', { files: b2bFiles(5, shorterFollowUp) });
    expect(published.status).toBe(201);
    const migrated = await call('POST', `/api/v1/deals/${negotiating}/rules-version`, {
      version: 5,
    });
    expect(migrated.status).toBe(200);
    const after = await settled('the reminder sent on migrating', async () => {
      const v = await view('deals', negotiating);
      return v.pendingTimers.some((t) => t.id.includes('#2')) ? v : undefined;
    });
    const second = after.pendingTimers.find((t) => t.id.includes('follow_up'))!;
    expect(
      Math.abs(Date.parse(second.at) - Date.parse(example(negotiating).timersAdded[0].at)),
    ).toBeLessThan(60_000);
    await expectLogsReplayToTheWorkflows();
  }, 120_000);

  it('refuses to publish a version under which an open record’s replay throws', async () => {
    // Two weeks in "new" become a second, into a loop of conditions: every deal in "new" breaks
    // (the API's clock is the real one, not the skipped one: a second has passed since).
    const looping = b2bFiles(6, (y) =>
      y
        .replace(
          '      - to: lost\n        after: 14d\n        loss_reason: no_response',
          '      - to: loop_a\n        after: PT1S',
        )
        .replace(
          '  - id: won\n',
          `  - id: loop_a
    transitions:
      - to: loop_b
        if: deal.title != null
  - id: loop_b
    transitions:
      - to: loop_a
        if: deal.title != null
      - to: lost
        after: 1d
  - id: won\n`,
        ),
    );
    const refused = await admin('/api/v1/rules/publish', { files: looping });
    expect(refused.status).toBe(422);
    expect(refused.body.type).toMatch(/rules-break-records$/);
    expect(refused.body.records.map((r: { recordId: string }) => r.recordId)).toContain(quiet);
    expect(refused.body.records[0].reason).toMatch(/stage changes in a row/);
    const list = (await system.call('GET', '/api/v1/rules/b2b')).body;
    expect(list.version).toBe(5);
  }, 60_000);

  it('prints the same with `npm run rules -- impact` against the database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'voronka-impact-'));
    try {
      for (const [path, text] of Object.entries(b2bFiles(6, shorterFollowUp))) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      const at = new Date(await env.currentTimeMs()).toISOString();
      // Synchronous is fine: the test database is a PostgreSQL server, not served from here.
      const run = spawnSync(
        process.execPath,
        ['dist/apps/cli/rules.cli.js', 'impact', dir, '--at', at, '--kind', 'changed'],
        {
          encoding: 'utf8',
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            DATABASE_URL: system.config.database.url,
          },
        },
      );
      expect(run.stderr).toMatch(/read \d+ ms, replayed \d+ ms/);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(
        `b2b v6 on 6 open record(s), migrated at ${at.replace('.000Z', 'Z')}`,
      );
      expect(run.stdout).toContain(`changed deal ${fresh} "Fresh Corp" in negotiation (v4)`);
      expect(run.stdout).toMatch(/re-timed: follow_up in negotiation at \S+ \(was \S+\)/);
      const misuse = spawnSync(
        process.execPath,
        ['dist/apps/cli/rules.cli.js', 'impact', dir, '--kind', 'bogus'],
        { encoding: 'utf8', env: { PATH: process.env.PATH } },
      );
      expect(misuse.status).toBe(2);
      expect(misuse.stderr).toContain('--kind: not a kind: bogus');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
