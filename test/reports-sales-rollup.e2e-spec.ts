import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { MikroORM } from '@mikro-orm/postgresql';
import { salesRollupDrift } from '../libs/crm/reports/sales-rollup';
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
 * The sales report's rollup never drifts from the deals and payments: fast-check writes at random
 * — deals through the API as users do (create, hand over, change amount and source, archive) and
 * raw SQL over many rows at once as a seed or a data fix would (deals inserted won, lost or open,
 * closes, reopenings, changes of every column the rollup keys or sums by, deletes; invoices and
 * payments inserted, moved to another deal, unapplied, re-dated, deleted) with instants around UTC
 * month ends — and after each run sales_rollup must equal its recomputation from the raw rows.
 * `npm run reports -- verify` says the same, and exits 1 naming the figure once it is tampered
 * with.
 */
describe('sales rollup', () => {
  let system: TestSystem;
  let orm: MikroORM;
  let users: TestUser[];
  let bot: TestUser;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
    system = await startTestSystem({ worker: false });
    orm = system.api.get(MikroORM);
    const team = (await system.call('POST', '/api/v1/teams', { name: 'Sales rollup team' })).body
      .id;
    users = [
      await system.user('manager', { teamId: team }),
      await system.user('manager', { teamId: team }),
      await system.user('head', { teamId: team }),
    ];
    bot = await system.user('integration');
  });
  afterAll(async () => {
    await system?.close();
  });

  // Instants around UTC month ends (the rollup's boundaries).
  const instant = fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(-H, -1, 0, 1, 7 * 60_000, 20 * 24 * H))
    .map(([month, ms]) => new Date(Date.UTC(2026, 9 + month, 1) + ms));
  const apiStep = fc.oneof(
    fc.record({
      op: fc.constant('create' as const),
      user: fc.nat(2),
      cents: fc.integer({ min: 0, max: 9_000_000 }),
    }),
    fc.record({
      op: fc.constant('change' as const),
      pick: fc.nat(),
      user: fc.nat(2),
      cents: fc.integer({ min: 0, max: 9_000_000 }),
    }),
    fc.record({ op: fc.constant('archive' as const), pick: fc.nat() }),
  );
  const sqlStep = fc.oneof(
    fc.record({
      op: fc.constant('insert' as const),
      rows: fc.array(
        fc.record({
          user: fc.nat(2),
          pipeline: fc.constantFrom('b2b', 'b2c'),
          source: fc.constantFrom('web', 'fair', null),
          currency: fc.constantFrom('USD', 'EUR'),
          outcome: fc.constantFrom('open', 'won', 'lost'),
          reason: fc.constantFrom('price', null),
          closed: instant,
          cycleHours: fc.nat(2000),
          won: fc.option(fc.integer({ min: 1, max: 900_000 })),
          archived: fc.boolean(),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    }),
    fc.record({
      op: fc.constant('update' as const),
      set: fc.constantFrom(
        `outcome = 'won', closed_at = coalesce(closed_at, created_at + interval '3 days')`,
        `outcome = 'lost', closed_at = coalesce(closed_at, now()), loss_reason = 'price'`,
        `outcome = 'open', closed_at = null, won_amount = null`,
        `closed_at = closed_at + interval '2 hours'`,
        `closed_at = closed_at - interval '1 day'`,
        `created_at = created_at - interval '5 hours'`,
        `pipeline_id = case when pipeline_id = 'b2b' then 'b2c' else 'b2b' end`,
        `source = case when source is null then 'web' when source = 'web' then 'fair' end`,
        `loss_reason = case when loss_reason is null then 'price' end`,
        `currency = case when currency = 'USD' then 'EUR' else 'USD' end`,
        `amount = amount + 1.25`,
        `won_amount = case when won_amount is null then amount / 2 end`,
        `archived_at = case when archived_at is null then now() end`,
      ),
      modulo: fc.integer({ min: 1, max: 3 }),
      userFrom: fc.nat(2),
      userTo: fc.nat(2),
    }),
    fc.record({ op: fc.constant('delete' as const), modulo: fc.integer({ min: 3, max: 6 }) }),
    fc.record({
      op: fc.constant('pay' as const),
      pick: fc.nat(),
      payments: fc.array(
        fc.record({
          at: instant,
          cents: fc.integer({ min: 1, max: 500_000 }),
          applied: fc.boolean(),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    fc.record({
      op: fc.constant('payments' as const),
      set: fc.constantFrom(
        `status = case when status = 'applied' then 'unmatched' else 'applied' end`,
        `paid_at = paid_at + interval '12 hours'`,
        `amount = amount + 3`,
        `currency = case when currency = 'USD' then 'EUR' else 'USD' end`,
      ),
      modulo: fc.integer({ min: 1, max: 3 }),
    }),
    fc.record({
      op: fc.constant('invoices' as const),
      change: fc.constantFrom('move', 'unlink', 'delete'),
      modulo: fc.integer({ min: 1, max: 3 }),
      pick: fc.nat(),
    }),
    fc.record({ op: fc.constant('unpay' as const), modulo: fc.integer({ min: 2, max: 4 }) }),
  );

  const heldSql = `select coalesce(sum(count) filter (where kind <> 'payment'), 0)::int as deals,
                          coalesce(sum(count) filter (where kind = 'payment'), 0)::int as payments
                     from sales_rollup`;

  async function dealIds(): Promise<string[]> {
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>('select id from deal order by id');
    return rows.map((r) => r.id);
  }

  it('equals the recomputation from the raw rows after any writes', async () => {
    // The most closed deals and applied payments the rollup held after a run (not vacuous).
    const most = { deals: 0, payments: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(apiStep, sqlStep), { minLength: 1, maxLength: 8 }),
        async (steps) => {
          const connection = orm.em.fork().getConnection();
          for (const s of steps) {
            const known = await dealIds();
            const pick = (n: number) => known[n % Math.max(known.length, 1)];
            switch (s.op) {
              case 'create':
                await system.call(
                  'POST',
                  '/api/v1/deals',
                  {
                    title: 'Rollup deal',
                    pipelineId: 'b2b',
                    responsibleId: users[s.user].id,
                    amount: (s.cents / 100).toFixed(2),
                  },
                  { key: users[2].key },
                );
                break;
              case 'change':
                // An archived one answers 404 and changes nothing.
                if (known.length)
                  await system.call(
                    'PATCH',
                    `/api/v1/deals/${pick(s.pick)}`,
                    { responsibleId: users[s.user].id, amount: (s.cents / 100).toFixed(2) },
                    { key: users[2].key },
                  );
                break;
              case 'archive':
                if (known.length)
                  await system.call('DELETE', `/api/v1/deals/${pick(s.pick)}`, undefined, {
                    key: users[2].key,
                  });
                break;
              case 'insert':
                await connection.execute(
                  `insert into deal (id, responsible_id, created_at, updated_at, archived_at, version, title, pipeline_id,
                                     rules_version, stage, outcome, amount, currency, source, custom, won_amount,
                                     closed_at, loss_reason, workflow_started_at)
                   values ${s.rows.map(() => `(?, ?, ?, now(), ?, 1, 'Inserted', ?, 1, 'new', ?, ?, ?, ?, '{}', ?, ?, ?, now())`).join(', ')}`,
                  s.rows.flatMap((r) => [
                    randomUUID(),
                    users[r.user].id,
                    new Date(r.closed.getTime() - r.cycleHours * H),
                    r.archived ? new Date() : null,
                    r.pipeline,
                    r.outcome,
                    '1000.50',
                    r.currency,
                    r.source,
                    r.outcome === 'won' && r.won ? (r.won / 100).toFixed(2) : null,
                    r.outcome === 'open' ? null : r.closed,
                    r.outcome === 'lost' ? r.reason : null,
                  ]),
                );
                break;
              case 'update':
                await connection.execute(
                  `update deal set ${s.set}, responsible_id = case when responsible_id = ? then ?::uuid else responsible_id end
                    where ascii(id::text) % ? = 0`,
                  [users[s.userFrom].id, users[s.userTo].id, s.modulo],
                );
                break;
              case 'delete':
                await connection.execute(`delete from deal where ascii(id::text) % ? = 0`, [
                  s.modulo,
                ]);
                break;
              case 'pay': {
                if (!known.length) break;
                const invoice = randomUUID();
                const number = `INV-R-${invoice.slice(0, 12)}`;
                await connection.execute(
                  `insert into invoice (id, responsible_id, created_at, updated_at, version, number, currency, deal_id,
                                        gross, discount, net, tax, total, status, due_date, amount_paid)
                   select ?, responsible_id, now(), now(), 1, ?, currency, id, 0, 0, 0, 0, 0, 'sent', '2026-01-01', 0
                     from deal where id = ?`,
                  [invoice, number, pick(s.pick)],
                );
                await connection.execute(
                  `insert into payment (id, integration_id, external_id, invoice_id, invoice_number, amount, currency,
                                        paid_at, status, received_at, answer)
                   values ${s.payments.map(() => `(?, ?, ?, ?, ?, ?, 'USD', ?, ?, now(), '{}')`).join(', ')}`,
                  s.payments.flatMap((p) => [
                    randomUUID(),
                    bot.id,
                    randomUUID(),
                    invoice,
                    number,
                    (p.cents / 100).toFixed(2),
                    p.at,
                    p.applied ? 'applied' : 'unmatched',
                  ]),
                );
                break;
              }
              case 'payments':
                await connection.execute(
                  `update payment set ${s.set} where ascii(id::text) % ? = 0`,
                  [s.modulo],
                );
                break;
              case 'invoices':
                if (s.change === 'delete')
                  await connection.execute(`delete from invoice where ascii(id::text) % ? = 0`, [
                    s.modulo,
                  ]);
                else
                  await connection.execute(
                    `update invoice set deal_id = ? where ascii(id::text) % ? = 0`,
                    [s.change === 'move' && known.length ? pick(s.pick) : null, s.modulo],
                  );
                break;
              case 'unpay':
                await connection.execute(`delete from payment where ascii(id::text) % ? = 0`, [
                  s.modulo,
                ]);
                break;
            }
          }
          expect(await salesRollupDrift(connection)).toEqual([]);
          const [now] = await connection.execute<{ deals: number; payments: number }[]>(heldSql);
          most.deals = Math.max(most.deals, now.deals);
          most.payments = Math.max(most.payments, now.payments);
        },
      ),
      { numRuns: 40 },
    );
    // Not vacuous: there were closed deals and applied payments, and the rollup held them.
    const connection = orm.em.fork().getConnection();
    const [held] = await connection.execute<{ deals: number; payments: number }[]>(heldSql);
    const [counted] = await connection.execute<{ deals: number; payments: number }[]>(
      `select (select count(*) from deal where outcome <> 'open' and archived_at is null)::int as deals,
              (select count(*) from payment p join invoice i on i.id = p.invoice_id
                 join deal d on d.id = i.deal_id
                where p.status = 'applied' and d.archived_at is null)::int as payments`,
    );
    expect(held).toEqual(counted);
    expect(most.deals).toBeGreaterThan(0);
    expect(most.payments).toBeGreaterThan(0);
  });

  it('counts every payment written at once while the deal changes hands', async () => {
    const connection = orm.em.fork().getConnection();
    const deal = (
      await system.call(
        'POST',
        '/api/v1/deals',
        { title: 'At once', pipelineId: 'b2b', responsibleId: users[0].id, amount: '100.00' },
        { key: users[2].key },
      )
    ).body.id as string;
    const invoice = randomUUID();
    await connection.execute(
      `insert into invoice (id, responsible_id, created_at, updated_at, version, number, currency, deal_id,
                            gross, discount, net, tax, total, status, due_date, amount_paid)
       values (?, ?, now(), now(), 1, ?, 'USD', ?, 0, 0, 0, 0, 0, 'sent', '2026-01-01', 0)`,
      [invoice, users[0].id, `INV-C-${invoice.slice(0, 12)}`, deal],
    );
    const pay = (i: number) =>
      orm.em
        .fork()
        .getConnection()
        .execute(
          `insert into payment (id, integration_id, external_id, invoice_id, invoice_number, amount, currency,
                                paid_at, status, received_at, answer)
           values (?, ?, ?, ?, 'INV-C', 10, 'USD', now(), 'applied', now(), '{}')`,
          [randomUUID(), bot.id, `at-once-${i}-${invoice}`, invoice],
        );
    const handOver = (to: TestUser) =>
      orm.em
        .fork()
        .getConnection()
        .execute(`update deal set responsible_id = ? where id = ?`, [to.id, deal]);
    await Promise.all([
      ...Array.from({ length: 4 }, (_, i) => pay(i)),
      handOver(users[1]),
      ...Array.from({ length: 4 }, (_, i) => pay(i + 4)),
      handOver(users[0]),
      handOver(users[1]),
    ]);
    // Whoever holds the deal last holds all eight payments (and nobody else any of them).
    const held = await connection.execute<{ responsible_id: string; n: number }[]>(
      `select r.responsible_id, sum(r.count)::int as n from sales_rollup r
        where r.kind = 'payment' and r.responsible_id in (?, ?) group by 1 having sum(r.count) <> 0`,
      [users[0].id, users[1].id],
    );
    const [owner] = await connection.execute<{ responsible_id: string }[]>(
      'select responsible_id from deal where id = ?',
      [deal],
    );
    expect(held.find((h) => h.responsible_id === owner.responsible_id)?.n).toBeGreaterThanOrEqual(
      8,
    );
    expect(await salesRollupDrift(connection)).toEqual([]);
  });

  it('npm run reports -- verify: 0 when the rollup agrees, 1 naming each drifted figure', async () => {
    const url = system.config.database.url as string;
    const ok = await reportsCli(['verify'], url);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('sales_rollup: no drift from the deals and payments\n');
    expect(ok.code).toBe(0);

    const connection = orm.em.fork().getConnection();
    const [row] = await connection.execute<{ id: string; month: string; kind: string }[]>(
      `update sales_rollup set amount = amount + 7
        where id = (select id from sales_rollup where count <> 0 order by id limit 1)
        returning id, to_char(month, 'YYYY-MM') as month, kind`,
    );
    const drifted = await reportsCli(['verify'], url);
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toContain(
      'sales_rollup: 1 figure(s) drifted from the deals and payments',
    );
    expect(drifted.stdout).toMatch(
      new RegExp(
        `  ${row.month} \\S+ \\S+ \\S+ \\S+ \\S+ ${row.kind} amount: rollup \\S+, deals and payments \\S+`,
      ),
    );
    expect(drifted.stdout).toContain('activity_rollup: no drift from the activities');
    await connection.execute(`update sales_rollup set amount = amount - 7 where id = ?`, [row.id]);
    expect((await reportsCli(['verify'], url)).code).toBe(0);
  });
});
