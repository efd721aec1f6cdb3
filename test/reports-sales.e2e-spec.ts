import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { MikroORM } from '@mikro-orm/postgresql';
import { dateIn } from '../libs/crm/calendar/zoned-days';
import { previousPeriod, reportPeriod } from '../libs/crm/reports/report-period';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/**
 * The sales report against a recomputation from the raw rows: fast-check generates deals (owner,
 * team, pipeline, source, currency, created and closed around the edges of the period and of the
 * previous one, won or lost or open, archived) and payments on their invoices; for each grouping
 * and asker the report must equal what this file computes, and each drill-down link must list
 * exactly the deals counted.
 */
describe('sales report', () => {
  let system: TestSystem;
  let orm: MikroORM;
  let m1: TestUser, m2: TestUser, m3: TestUser, hA: TestUser, bot: TestUser;
  let teamA: string, teamB: string;
  const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kathmandu'];
  const SOURCES = ['web', 'fair', null];
  const CURRENCIES = ['USD', 'EUR', 'JPY'];
  const GROUPS = ['manager', 'team', 'pipeline', 'source', 'month'] as const;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    orm = system.api.get(MikroORM);
    teamA = (await system.call('POST', '/api/v1/teams', { name: 'Sales A' })).body.id;
    teamB = (await system.call('POST', '/api/v1/teams', { name: 'Sales B' })).body.id;
    m1 = await system.user('manager', { teamId: teamA });
    m2 = await system.user('manager', { teamId: teamA });
    m3 = await system.user('manager', { teamId: teamB });
    hA = await system.user('head', { teamId: teamA });
    bot = await system.user('integration');
  });
  afterAll(async () => {
    await system?.close();
  });

  const when = fc.oneof(
    fc.double({ min: -1.3, max: 1.3, noNaN: true }),
    fc.constantFrom('start', 'end', 'start-1', 'end-1', 'prev', 'prev-1'),
  );
  const dealArb = fc.record({
    owner: fc.integer({ min: 0, max: 3 }),
    pipeline: fc.constantFrom('b2b', 'b2c'),
    source: fc.constantFrom(...SOURCES),
    currency: fc.constantFrom(...CURRENCIES),
    cents: fc.integer({ min: 0, max: 5_000_000 }),
    wonCents: fc.option(fc.integer({ min: 1, max: 5_000_000 })),
    outcome: fc.constantFrom('open', 'won', 'lost'),
    archived: fc.boolean(),
    closed: when,
    cycleMinutes: fc.integer({ min: 0, max: 60 * 24 * 90 }),
    payments: fc.array(fc.record({ at: when, cents: fc.integer({ min: 1, max: 900_000 }) }), {
      maxLength: 2,
    }),
  });
  const caseArb = fc.record({
    zone: fc.constantFrom(...ZONES),
    from: fc.constantFrom('2026-03-08', '2026-03-29', '2026-10-25', '2026-12-20'),
    days: fc.integer({ min: 1, max: 60 }),
    deals: fc.array(dealArb, { maxLength: 12 }),
    group: fc.constantFrom(...GROUPS),
    asker: fc.integer({ min: 0, max: 4 }),
  });
  type Case = ReturnType<typeof caseArb.generate>['value'];

  interface Row {
    id: string;
    owner: string;
    team: string | null;
    pipeline: string;
    source: string | null;
    currency: string;
    amount: string;
    won: string;
    outcome: string;
    archived: boolean;
    createdAt: Date;
    closedAt: Date | null;
    payments: { at: Date; amount: string }[];
  }

  const shiftDate = (date: string, days: number) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  const decimals = (c: string) => (c === 'JPY' ? 0 : 2);

  async function write(c: Case) {
    const connection = orm.em.fork().getConnection();
    await connection.execute('delete from payment');
    await connection.execute('delete from invoice');
    await connection.execute('delete from deal');
    const period = reportPeriod(c.from, shiftDate(c.from, c.days - 1), c.zone);
    const before = previousPeriod(period);
    const span = period.end.getTime() - period.start.getTime();
    const instant = (w: (typeof c.deals)[number]['closed']) =>
      new Date(
        typeof w === 'number'
          ? period.start.getTime() + Math.round(w * span)
          : {
              start: period.start.getTime(),
              end: period.end.getTime(),
              'start-1': period.start.getTime() - 1,
              'end-1': period.end.getTime() - 1,
              prev: before.start.getTime(),
              'prev-1': before.start.getTime() - 1,
            }[w],
      );
    const owners = [m1, m2, m3, hA];
    const teams = [teamA, teamA, teamB, teamA];
    const rows: Row[] = [];
    let n = 0;
    for (const g of c.deals) {
      const closedAt = g.outcome === 'open' ? null : instant(g.closed);
      const createdAt = new Date(
        (closedAt ?? instant(g.closed)).getTime() - g.cycleMinutes * 60_000,
      );
      const scale = decimals(g.currency);
      const amount = new Decimal(g.cents).div(100).toFixed(scale, Decimal.ROUND_DOWN);
      const row: Row = {
        id: randomUUID(),
        owner: owners[g.owner].id,
        team: teams[g.owner],
        pipeline: g.pipeline,
        source: g.source,
        currency: g.currency,
        amount,
        won:
          g.wonCents !== null
            ? new Decimal(g.wonCents).div(100).toFixed(scale, Decimal.ROUND_DOWN)
            : amount,
        outcome: g.outcome,
        archived: g.archived,
        createdAt,
        closedAt,
        payments: g.payments.map((p) => ({
          at: instant(p.at),
          amount: new Decimal(p.cents).div(100).toFixed(scale, Decimal.ROUND_DOWN),
        })),
      };
      rows.push(row);
      await connection.execute(
        `insert into deal (id, responsible_id, created_at, updated_at, archived_at, version, title, pipeline_id, rules_version, stage, outcome, amount, currency, source, custom, won_amount, closed_at, workflow_started_at)
         values (?, ?, ?, ?, ?, 1, 'Generated', ?, 1, 'new', ?, ?, ?, ?, '{}', ?, ?, now())`,
        [
          row.id,
          row.owner,
          createdAt,
          createdAt,
          row.archived ? createdAt : null,
          row.pipeline,
          row.outcome,
          row.amount,
          row.currency,
          row.source,
          g.outcome === 'won' && g.wonCents !== null ? row.won : null,
          closedAt,
        ],
      );
      if (row.payments.length === 0) continue;
      const invoice = randomUUID();
      const number = `INV-T-${++n}-${invoice.slice(0, 8)}`;
      await connection.execute(
        `insert into invoice (id, responsible_id, created_at, updated_at, version, number, currency, deal_id, gross, discount, net, tax, total, status, due_date, amount_paid)
         values (?, ?, now(), now(), 1, ?, ?, ?, 0, 0, 0, 0, 0, 'sent', '2026-01-01', 0)`,
        [invoice, row.owner, number, row.currency, row.id],
      );
      for (const p of row.payments)
        await connection.execute(
          `insert into payment (id, integration_id, external_id, invoice_id, invoice_number, amount, currency, paid_at, status, received_at, answer)
           values (?, ?, ?, ?, ?, ?, ?, ?, 'applied', now(), '{}')`,
          [randomUUID(), bot.id, randomUUID(), invoice, number, p.amount, row.currency, p.at],
        );
    }
    return { period, before, rows };
  }

  /** The report's figures recomputed from the rows. */
  function expected(
    rows: Row[],
    start: Date,
    end: Date,
  ): { won: Set<string>; lost: Set<string>; figures: unknown } {
    const inside = (at: Date | null) => at !== null && at >= start && at < end;
    const won = rows.filter((r) => r.outcome === 'won' && inside(r.closedAt));
    const lost = rows.filter((r) => r.outcome === 'lost' && inside(r.closedAt));
    const payments = rows.flatMap((r) =>
      r.payments.filter((p) => inside(p.at)).map((p) => ({ currency: r.currency, ...p })),
    );
    const sum = (list: { currency: string; amount: string }[]) => {
      const by = new Map<string, Decimal>();
      for (const x of list)
        by.set(x.currency, (by.get(x.currency) ?? new Decimal(0)).plus(x.amount));
      return [...by]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, total]) => ({ currency, amount: total.toFixed(decimals(currency)) }));
    };
    const wonAmounts = won.map((r) => ({ currency: r.currency, amount: r.won }));
    const averageDealSize = sum(wonAmounts).map(({ currency, amount }) => ({
      currency,
      amount: new Decimal(amount)
        .div(won.filter((r) => r.currency === currency).length)
        .toFixed(decimals(currency), Decimal.ROUND_HALF_UP),
    }));
    const cycle =
      won.length === 0
        ? null
        : won.reduce((s, r) => s + (r.closedAt!.getTime() - r.createdAt.getTime()) / 1000, 0) /
          won.length;
    return {
      won: new Set(won.map((r) => r.id)),
      lost: new Set(lost.map((r) => r.id)),
      figures: {
        won: { count: won.length, amount: sum(wonAmounts) },
        lost: { count: lost.length, amount: sum(lost) },
        winRate:
          won.length + lost.length === 0
            ? null
            : Math.round((won.length / (won.length + lost.length)) * 10_000) / 10_000,
        averageDealSize,
        averageCycleSeconds: cycle === null ? null : Math.round(cycle * 1000) / 1000,
        payments: { count: payments.length, amount: sum(payments) },
      },
    };
  }

  const listed = async (link: string, key: string) => {
    const page = await system.call('GET', link, undefined, { key });
    expect(page.status).toBe(200);
    expect(page.body.nextCursor).toBeNull();
    return new Set<string>(page.body.items.map((i: { id: string }) => i.id));
  };
  const strip = (f: Record<string, unknown> & { won: object; lost: object }) => ({
    ...f,
    won: { ...f.won, drillDown: undefined },
    lost: { ...f.lost, drillDown: undefined },
  });

  async function check(c: Case) {
    const { period, before, rows } = await write(c);
    const askers: { key: string; filter: Record<string, string>; sees: (r: Row) => boolean }[] = [
      { key: system.adminKey, filter: {}, sees: () => true },
      { key: hA.key, filter: {}, sees: (r: Row) => r.team === teamA },
      { key: m1.key, filter: {}, sees: (r: Row) => r.owner === m1.id },
      {
        key: system.adminKey,
        filter: { pipelineId: 'b2b', source: 'web' },
        sees: (r: Row) => r.pipeline === 'b2b' && r.source === 'web',
      },
      { key: hA.key, filter: { teamId: teamB }, sees: () => false },
    ];
    const asker = askers[c.asker];
    const seen = rows.filter((r) => !r.archived && asker.sees(r));
    const query = new URLSearchParams({
      from: period.from,
      to: period.to,
      timeZone: period.timeZone,
      groupBy: c.group,
      ...asker.filter,
    });
    const answer = await system.call('GET', `/api/v1/reports/sales?${query}`, undefined, {
      key: asker.key,
    });
    expect(answer.status).toBe(200);
    const report = answer.body;
    const keyOf = (r: Row, at: Date): string | null =>
      ({
        manager: r.owner,
        team: r.team,
        pipeline: r.pipeline,
        source: r.source,
        month: dateIn(at, period.timeZone).slice(0, 7),
      })[c.group];

    // The total, now and before.
    const now = expected(seen, period.start, period.end);
    const then = expected(seen, before.start, before.end);
    expect(strip(report.total.current)).toEqual(strip(now.figures as never));
    expect(strip(report.total.previous)).toEqual(strip(then.figures as never));
    expect(await listed(report.total.current.won.drillDown, asker.key)).toEqual(now.won);
    expect(await listed(report.total.previous.lost.drillDown, asker.key)).toEqual(then.lost);

    // Each group: the figures of its deals (month: of the deals closed or paid in it).
    const expectedKeys = new Set<string | null>();
    for (const r of seen) {
      for (const at of [r.closedAt, ...r.payments.map((p) => p.at)]) {
        if (!at) continue;
        const current = at >= period.start && at < period.end;
        const previous = at >= before.start && at < before.end;
        if (at === r.closedAt && r.outcome === 'open') continue;
        if (current || (previous && c.group !== 'month')) expectedKeys.add(keyOf(r, at));
      }
    }
    expect(new Set(report.groups.map((g: { key: string | null }) => g.key))).toEqual(expectedKeys);
    for (const g of report.groups) {
      const mine = (r: Row, at: Date | null) => at !== null && keyOf(r, at) === g.key;
      const inGroup =
        c.group === 'month'
          ? // A month's deals: those closed in it; its payments: those paid in it.
            seen.map((r) => ({
              ...r,
              closedAt: mine(r, r.closedAt) ? r.closedAt : null,
              payments: r.payments.filter((p) => mine(r, p.at)),
            }))
          : seen.filter((r) => keyOf(r, r.createdAt) === g.key);
      const e = expected(inGroup, period.start, period.end);
      expect(strip(g.current)).toEqual(strip(e.figures as never));
      for (const outcome of ['won', 'lost'] as const) {
        const link = g.current[outcome].drillDown;
        if (g.key === null) expect(link).toBeNull();
        else expect(await listed(link, asker.key)).toEqual(e[outcome]);
      }
      if (c.group === 'month') expect(g.previous).toBeNull();
      else {
        const p = expected(inGroup, before.start, before.end);
        expect(strip(g.previous)).toEqual(strip(p.figures as never));
        if (g.key !== null)
          expect(await listed(g.previous.won.drillDown, asker.key)).toEqual(p.won);
      }
    }
  }

  it('equals the recomputation from the raw rows, and each link lists exactly the deals', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, (c) => check(c)),
      { numRuns: 40 },
    );
  });

  it('answers 400 naming groupBy for an unknown group', async () => {
    const r = await system.call(
      'GET',
      '/api/v1/reports/sales?from=2026-01-01&to=2026-01-31&groupBy=planet',
    );
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain('groupBy');
  });

  it('exports CSV: a row per group and the total, amounts per currency column', async () => {
    const r = await system.call(
      'GET',
      '/api/v1/reports/sales?from=2026-01-01&to=2026-01-31&groupBy=source&format=csv',
    );
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header] = (r.body as string).split('\r\n');
    expect(header).toMatch(/^source,label,won,/);
    expect(header).toContain('previous won');
  });
});
