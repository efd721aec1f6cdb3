import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { MikroORM } from '@mikro-orm/postgresql';
import { activityRollupDrift } from '../libs/crm/reports/activity-rollup';
import { recordPlanDrift } from '../libs/crm/reports/record-plan';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist/apps/cli/reports.cli.js');
const H = 3_600_000;

/** `npm run reports -- …` as an operator runs it: the built CLI, its output and exit code. */
function reportsCli(args: string[], databaseUrl: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: databaseUrl },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/**
 * The activity report's rollup never drifts from the activities: fast-check writes at random —
 * through the API as users do (create, change, complete, reschedule, cancel, archive) and as raw
 * SQL statements over many rows at once (inserts, updates of any counted column, deletes, as a
 * seed or a data fix would) — and after each run the rollup, and each record's planned count and
 * earliest due (record_plan, the supervisor counters'), must equal a recomputation from the raw
 * rows. `npm run reports -- verify` says the same, and exits 1 once the rollup or the funnels'
 * stage facts are tampered with.
 */
describe('activity rollup', () => {
  let system: TestSystem;
  let orm: MikroORM;
  let users: TestUser[];
  let dealIds: string[];

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
    system = await startTestSystem({ worker: false });
    orm = system.api.get(MikroORM);
    const team = (await system.call('POST', '/api/v1/teams', { name: 'Rollup team' })).body.id;
    users = [
      await system.user('manager', { teamId: team }),
      await system.user('manager', { teamId: team }),
      await system.user('head', { teamId: team }),
    ];
    dealIds = [];
    for (const u of users)
      dealIds.push(
        (
          await system.call(
            'POST',
            '/api/v1/deals',
            { title: 'Rollup deal', pipelineId: 'b2b', responsibleId: u.id },
            { key: users[2].key },
          )
        ).body.id,
      );
  });
  afterAll(async () => {
    await system?.close();
  });

  const TYPES = ['call', 'email', 'meeting', 'event', 'task'];
  // Instants around UTC midnights (the rollup's day boundary) and around now.
  const instant = fc
    .tuple(fc.integer({ min: -3, max: 3 }), fc.constantFrom(-1, 0, 1, 7 * 60_000, 23 * H))
    .map(([days, ms]) => {
      const midnight = Math.floor(Date.now() / 86_400_000) * 86_400_000;
      return new Date(midnight + days * 86_400_000 + ms);
    });
  const apiStep = fc.oneof(
    fc.record({
      op: fc.constant('create' as const),
      user: fc.nat(2),
      type: fc.constantFrom(...TYPES),
      due: instant,
    }),
    fc.record({
      op: fc.constantFrom('complete', 'cancel', 'archive' as const),
      pick: fc.nat(),
      user: fc.constant(2),
    }),
    fc.record({ op: fc.constant('reschedule' as const), pick: fc.nat(), due: instant }),
    fc.record({
      op: fc.constant('change' as const),
      pick: fc.nat(),
      type: fc.constantFrom(...TYPES),
      user: fc.nat(2),
    }),
  );
  const sqlStep = fc.oneof(
    fc.record({
      op: fc.constant('insert' as const),
      rows: fc.array(
        fc.record({
          user: fc.nat(2),
          type: fc.constantFrom(...TYPES),
          status: fc.constantFrom('planned', 'done', 'cancelled'),
          due: instant,
          completed: fc.option(instant),
          created: instant,
          byRules: fc.boolean(),
          archived: fc.boolean(),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    }),
    fc.record({
      op: fc.constant('update' as const),
      set: fc.constantFrom(
        `status = 'done', completed_at = due_at - interval '1 minute'`,
        `status = 'done', completed_at = due_at + interval '1 hour'`,
        `status = 'cancelled'`,
        `status = 'planned', completed_at = null`,
        `due_at = due_at + interval '13 hours'`,
        `created_at = created_at - interval '1 day'`,
        `completed_at = completed_at + interval '20 hours'`,
        `archived_at = now()`,
        `archived_at = null`,
        `type = 'task'`,
        `automation_key = null`,
        `automation_key = 'fix/' || id`,
      ),
      modulo: fc.integer({ min: 1, max: 3 }),
      userFrom: fc.nat(2),
      userTo: fc.nat(2),
    }),
    fc.record({ op: fc.constant('delete' as const), modulo: fc.integer({ min: 2, max: 5 }) }),
  );

  async function ids(): Promise<string[]> {
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>('select id from activity order by id');
    return rows.map((r) => r.id);
  }

  it('equals the recomputation from the raw rows after any writes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(apiStep, sqlStep), { minLength: 1, maxLength: 8 }),
        async (steps) => {
          const connection = orm.em.fork().getConnection();
          for (const s of steps) {
            const known = await ids();
            const pick = (n: number) => known[n % Math.max(known.length, 1)];
            switch (s.op) {
              case 'create':
                await system.call(
                  'POST',
                  '/api/v1/activities',
                  { type: s.type, subject: 'Call', dealId: dealIds[s.user], dueAt: s.due },
                  { key: users[s.user].key },
                );
                break;
              case 'complete':
              case 'cancel':
                // A done, cancelled or archived one answers 409 or 404 and changes nothing.
                if (known.length)
                  await system.call(
                    'POST',
                    `/api/v1/activities/${pick(s.pick)}/${s.op}`,
                    s.op === 'complete' ? { outcome: 'interested' } : undefined,
                    { key: users[2].key },
                  );
                break;
              case 'archive':
                if (known.length)
                  await system.call('DELETE', `/api/v1/activities/${pick(s.pick)}`, undefined, {
                    key: users[2].key,
                  });
                break;
              case 'reschedule':
                if (known.length)
                  await system.call(
                    'POST',
                    `/api/v1/activities/${pick(s.pick)}/reschedule`,
                    { dueAt: s.due },
                    { key: users[2].key },
                  );
                break;
              case 'change':
                if (known.length)
                  await system.call(
                    'PATCH',
                    `/api/v1/activities/${pick(s.pick)}`,
                    { type: s.type, responsibleId: users[s.user].id },
                    { key: users[2].key },
                  );
                break;
              case 'insert':
                await connection.execute(
                  `insert into activity (id, responsible_id, created_at, updated_at, archived_at, version, type, subject,
                                         due_at, status, completed_at, deal_id, automation_key)
                   values ${s.rows.map(() => '(?, ?, ?, now(), ?, 1, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
                  s.rows.flatMap((r) => {
                    const id = randomUUID();
                    return [
                      id,
                      users[r.user].id,
                      r.created,
                      r.archived ? new Date() : null,
                      r.type,
                      'Inserted',
                      r.due,
                      r.status,
                      r.status === 'done' ? (r.completed ?? r.due) : r.completed,
                      dealIds[r.user],
                      r.byRules ? `test/${id}` : null,
                    ];
                  }),
                );
                break;
              case 'update':
                await connection.execute(
                  `update activity set ${s.set}, responsible_id = case when responsible_id = ? then ?::uuid else responsible_id end
                    where ascii(id::text) % ? = 0`,
                  [users[s.userFrom].id, users[s.userTo].id, s.modulo],
                );
                break;
              case 'delete':
                await connection.execute(`delete from activity where ascii(id::text) % ? = 0`, [
                  s.modulo,
                ]);
                break;
            }
          }
          expect(await activityRollupDrift(connection)).toEqual([]);
          // The supervisor counters' per-record plans, kept by the same writes.
          expect(await recordPlanDrift(connection)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
    // Not vacuous: there were activities to count, and the rollup holds them.
    const [held] = await orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>('select coalesce(sum(due), 0)::int as n from activity_rollup');
    const [counted] = await orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>(
        'select count(*)::int as n from activity where archived_at is null',
      );
    expect(held.n).toBe(counted.n);
    expect(counted.n).toBeGreaterThan(0);
  });

  it('counts every one of many writes made at once to the same rollup row', async () => {
    const due = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 + 30 * 86_400_000);
    const connection = orm.em.fork().getConnection();
    const heldOn = async () =>
      (
        await connection.execute<{ n: number }[]>(
          `select coalesce(sum(due), 0)::int as n from activity_rollup
            where day = ?::date and responsible_id = ? and type = 'meeting'`,
          [due.toISOString().slice(0, 10), users[0].id],
        )
      )[0].n;
    const before = await heldOn();
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        system.call(
          'POST',
          '/api/v1/activities',
          {
            type: 'meeting',
            subject: `At once ${i}`,
            dealId: dealIds[0],
            dueAt: new Date(due.getTime() + i * 60_000),
          },
          { key: users[0].key },
        ),
      ),
    );
    expect(created.map((r) => r.status)).toEqual(created.map(() => 201));
    await Promise.all(
      created.slice(0, 6).map((r) =>
        system.call('POST', `/api/v1/activities/${r.body.id}/cancel`, undefined, {
          key: users[0].key,
        }),
      ),
    );
    expect(await heldOn()).toBe(before + 12);
    expect(await activityRollupDrift(connection)).toEqual([]);
    expect(await recordPlanDrift(connection)).toEqual([]);
  });

  it('npm run reports -- verify: 0 when the rollup agrees, 1 naming each drifted figure', async () => {
    const url = system.config.database.url as string;
    const ok = await reportsCli(['verify'], url);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toBe(
      'activity_rollup: no drift from the activities\n' +
        'record_plan: no drift from the activities\n' +
        'stage_reach, stage_stay: no drift from the stage history\n' +
        'stage_reach_rollup: no drift from the stage facts\n' +
        'automation_fact, automation_rollup: no drift from the raw rows\n' +
        'sales_rollup: no drift from the deals and payments\n',
    );
    expect(ok.code).toBe(0);

    const connection = orm.em.fork().getConnection();
    const [row] = await connection.execute<{ day: string; responsible_id: string; type: string }[]>(
      `update activity_rollup set done = done + 2
        where (day, responsible_id, type) = (select day, responsible_id, type from activity_rollup
                                              order by day, responsible_id, type limit 1)
        returning day::text, responsible_id::text, type`,
    );
    const drifted = await reportsCli(['verify'], url);
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toContain('activity_rollup: 1 figure(s) drifted from the activities');
    expect(drifted.stdout).toMatch(
      new RegExp(`${row.day} ${row.responsible_id} ${row.type} done: rollup \\d+, activities \\d+`),
    );
    await connection.execute(
      `update activity_rollup set done = done - 2 where day = ?::date and responsible_id = ? and type = ?`,
      [row.day, row.responsible_id, row.type],
    );
    expect((await reportsCli(['verify'], url)).code).toBe(0);

    // The funnels' facts: a moved instant is named with the record and the rank.
    const deal = (
      await system.call('POST', '/api/v1/deals', {
        title: 'Facts deal',
        pipelineId: 'b2b',
        responsibleId: users[0].id,
      })
    ).body.id as string;
    await connection.execute(
      `update stage_reach set at = at - interval '1 hour' where record_id = ? and rank = 1`,
      [deal],
    );
    const factDrift = await reportsCli(['verify'], url);
    expect(factDrift.code).toBe(1);
    expect(factDrift.stdout).toContain('activity_rollup: no drift from the activities');
    expect(factDrift.stdout).toContain(
      'stage_reach, stage_stay: 1 fact(s) drifted from the stage history',
    );
    expect(factDrift.stdout).toContain(`deal ${deal} rank 1: held `);
    await connection.execute(`select voronka_refresh_stage_facts('deal', array[?::uuid])`, [deal]);
    expect((await reportsCli(['verify'], url)).code).toBe(0);
    expect((await reportsCli(['nonsense'], url)).code).toBe(2);
  });
});
