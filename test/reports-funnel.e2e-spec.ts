import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { MikroORM } from '@mikro-orm/postgresql';
import { reportPeriod } from '../libs/crm/reports/report-period';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';
import {
  oracleFunnel,
  percentileCont,
  type OracleRecord,
  type OracleRow,
  type OracleStage,
  sumAmounts,
} from './support/funnel-oracle';

/**
 * The funnels against an independent recomputation from the raw rows: fast-check generates
 * histories (random stage paths with skips, back moves, unknown stages, equal times, closes),
 * with times on and around the edges of periods in time zones with daylight-saving changes and
 * odd offsets; the report, for an admin, a head and a manager with filters, must equal what
 * test/support/funnel-oracle.ts computes, and every drill-down link must list exactly the
 * records counted.
 */
describe('funnel reports', () => {
  let system: TestSystem;
  let orm: MikroORM;
  let m1: TestUser, m2: TestUser, m3: TestUser, hA: TestUser;
  let teamA: string;
  const B2B: OracleStage[] = [
    { id: 'new', kind: 'open' },
    { id: 'qualification', kind: 'open' },
    { id: 'quote', kind: 'open' },
    { id: 'negotiation', kind: 'open' },
    { id: 'invoice', kind: 'open' },
    { id: 'won', kind: 'won' },
    { id: 'lost', kind: 'lost' },
  ];
  const LEADS: OracleStage[] = [
    { id: 'new', kind: 'open' },
    { id: 'in_progress', kind: 'open' },
    { id: 'qualified', kind: 'open' },
    { id: 'converted', kind: 'converted' },
    { id: 'junk', kind: 'junk' },
  ];
  const ZONES = [
    'UTC',
    'Europe/Berlin',
    'America/New_York',
    'Asia/Kathmandu',
    'Pacific/Chatham',
    'Australia/Lord_Howe',
  ];
  const SOURCES = ['web', 'fair', null];

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    orm = system.api.get(MikroORM);
    teamA = (await system.call('POST', '/api/v1/teams', { name: 'Funnel A' })).body.id;
    const teamB = (await system.call('POST', '/api/v1/teams', { name: 'Funnel B' })).body.id;
    m1 = await system.user('manager', { teamId: teamA });
    m2 = await system.user('manager', { teamId: teamA });
    m3 = await system.user('manager', { teamId: teamB });
    hA = await system.user('head', { teamId: teamA });
  });
  afterAll(async () => {
    await system?.close();
  });

  /** One generated record: who, source, amount, when it starts, and its moves. */
  const recordArb = (stageCount: number) =>
    fc.record({
      owner: fc.integer({ min: 0, max: 3 }),
      source: fc.constantFrom(...SOURCES),
      cents: fc.integer({ min: 0, max: 5_000_000 }),
      wonCents: fc.option(fc.integer({ min: 1, max: 5_000_000 })),
      // Where the first row falls: somewhere around the period, or exactly on an edge.
      start: fc.oneof(
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        fc.constantFrom('start', 'end', 'start-1', 'end-1'),
      ),
      moves: fc.array(
        fc.record({
          // An index into the stages; one past the end is a stage the rules no longer have.
          to: fc.integer({ min: 0, max: stageCount }),
          // Minutes after the previous move (0: the same instant).
          gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20 * 24 * 60 })),
        }),
        { maxLength: 7 },
      ),
    });
  const caseArb = (stageCount: number) =>
    fc.record({
      zone: fc.constantFrom(...ZONES),
      from: fc.constantFrom('2026-03-08', '2026-03-29', '2026-04-05', '2026-10-25', '2026-11-01'),
      // Up to two and a half months: whole UTC months read from the rollup, the edges raw.
      days: fc.integer({ min: 1, max: 75 }),
      records: fc.array(recordArb(stageCount), { maxLength: 14 }),
    });

  type Case = ReturnType<typeof caseArb> extends fc.Arbitrary<infer T> ? T : never;

  /** Writes the generated records and histories; returns them as the oracle reads them. */
  async function write(kind: 'deal' | 'lead', stages: OracleStage[], c: Case) {
    const connection = orm.em.fork().getConnection();
    await connection.execute(`delete from stage_change where record_type = '${kind}'`);
    await connection.execute(kind === 'deal' ? 'delete from deal' : 'delete from lead');
    const period = reportPeriod(c.from, shiftDate(c.from, c.days - 1), c.zone);
    const span = period.end.getTime() - period.start.getTime();
    const owners = [m1.id, m2.id, m3.id, hA.id];
    const records: OracleRecord[] = [];
    const rows: OracleRow[] = [];
    for (const g of c.records) {
      const id = randomUUID();
      let at =
        typeof g.start === 'number'
          ? period.start.getTime() + Math.round(g.start * span)
          : {
              start: period.start.getTime(),
              end: period.end.getTime(),
              'start-1': period.start.getTime() - 1,
              'end-1': period.end.getTime() - 1,
            }[g.start];
      let current = stages[0].id;
      rows.push({ id: randomUUID(), recordId: id, from: null, to: current, at: new Date(at) });
      for (const move of g.moves) {
        const closed = stages.find((s) => s.id === current && s.kind !== 'open');
        if (closed) break; // closes are reopen-free
        const to = move.to < stages.length ? stages[move.to].id : 'retired';
        at += move.gap * 60_000;
        rows.push({ id: randomUUID(), recordId: id, from: current, to, at: new Date(at) });
        current = to;
      }
      const kindOf = stages.find((s) => s.id === current)?.kind ?? 'open';
      const outcome = {
        open: 'open',
        won: 'won',
        lost: 'lost',
        converted: 'converted',
        junk: 'junk',
      }[kindOf];
      const amount = (g.cents / 100).toFixed(2);
      records.push({
        id,
        responsibleId: owners[g.owner],
        source: g.source,
        amount: kind === 'deal' ? amount : null,
        currency: kind === 'deal' ? 'USD' : null,
        wonAmount:
          kind === 'deal' && outcome === 'won' && g.wonCents ? (g.wonCents / 100).toFixed(2) : null,
        stage: current,
        outcome,
      });
    }
    for (const r of records) {
      const created = rows.find((row) => row.recordId === r.id)!.at.toISOString();
      if (kind === 'deal')
        await connection.execute(
          `insert into deal (id, responsible_id, created_at, updated_at, version, title, pipeline_id, rules_version, stage, outcome, amount, currency, source, custom, won_amount, workflow_started_at)
           values (?, ?, ?, ?, 1, 'Generated', 'b2b', 1, ?, ?, ?, 'USD', ?, '{}', ?, now())`,
          [
            r.id,
            r.responsibleId,
            created,
            created,
            r.stage,
            r.outcome,
            r.amount,
            r.source,
            r.wonAmount,
          ],
        );
      else
        await connection.execute(
          `insert into lead (id, responsible_id, created_at, updated_at, version, title, source, rule_set_id, rules_version, status, outcome, custom, workflow_started_at)
           values (?, ?, ?, ?, 1, 'Generated', ?, 'leads', 1, ?, ?, '{}', now())`,
          [r.id, r.responsibleId, created, created, r.source, r.stage, r.outcome],
        );
    }
    for (const row of rows)
      await connection.execute(
        `insert into stage_change (id, record_type, record_id, from_stage, to_stage, at, cause, rule_set_id, rules_version)
         values (?, ?, ?, ?, ?, ?, 'generated', ?, 1)`,
        [
          row.id,
          kind,
          row.recordId,
          row.from,
          row.to,
          row.at.toISOString(),
          kind === 'deal' ? 'b2b' : 'leads',
        ],
      );
    return { period, records, rows };
  }

  function shiftDate(date: string, days: number): string {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  }

  const ids = async (link: string, key: string) => {
    const page = await system.call('GET', link, undefined, { key });
    expect(page.status).toBe(200);
    expect(page.body.nextCursor).toBeNull();
    return new Set<string>(page.body.items.map((i: { id: string }) => i.id));
  };

  async function check(kind: 'deal' | 'lead', stages: OracleStage[], c: Case, variant: number) {
    const { period, records, rows } = await write(kind, stages, c);
    // Who asks, and with which filter: the scope and the filters narrow what the oracle reads.
    const askers: {
      key: string;
      filter: Record<string, string>;
      sees: (r: OracleRecord) => boolean;
    }[] = [
      { key: system.adminKey, filter: {}, sees: () => true },
      {
        key: hA.key,
        filter: {},
        sees: (r: OracleRecord) => [m1.id, m2.id, hA.id].includes(r.responsibleId),
      },
      { key: m1.key, filter: {}, sees: (r: OracleRecord) => r.responsibleId === m1.id },
      {
        key: system.adminKey,
        filter: { teamId: teamA },
        sees: (r: OracleRecord) => [m1.id, m2.id, hA.id].includes(r.responsibleId),
      },
      {
        key: hA.key,
        filter: { source: 'web' },
        sees: (r: OracleRecord) =>
          [m1.id, m2.id, hA.id].includes(r.responsibleId) && r.source === 'web',
      },
      { key: hA.key, filter: { responsibleId: m3.id }, sees: () => false },
    ];
    const asker = askers[variant % askers.length];
    const seen = records.filter(asker.sees);
    const expected = oracleFunnel(stages, seen, rows, period.start, period.end);
    const query = new URLSearchParams({
      from: period.from,
      to: period.to,
      timeZone: period.timeZone,
      ...(kind === 'deal' ? { pipelineId: 'b2b' } : {}),
      ...asker.filter,
    });
    const answer = await system.call('GET', `/api/v1/reports/${kind}-funnel?${query}`, undefined, {
      key: asker.key,
    });
    expect(answer.status).toBe(200);
    const report = answer.body;
    const amountOf = (set: Set<string>, won = false) => {
      if (kind === 'lead' || set.size === 0) return [];
      const values = seen
        .filter((r) => set.has(r.id))
        .map((r) => (won ? (r.wonAmount ?? r.amount!) : r.amount!));
      return [{ currency: 'USD', amount: sumAmounts(values) }];
    };
    const firstEntered = expected.stages.get(stages[0].id)!.entered.size;
    for (const stage of report.stages) {
      const e = expected.stages.get(stage.stage)!;
      expect({
        stage: stage.stage,
        entered: stage.entered,
        now: stage.now,
        lost: stage.lost,
        reachedNext: stage.reachedNext,
        reachedFromFirst: stage.reachedFromFirst,
        stays: stage.timeInStage.stays,
      }).toEqual({
        stage: stage.stage,
        entered: e.entered.size,
        now: e.now.size,
        lost: e.lost.size,
        reachedNext: e.reachedNext,
        reachedFromFirst: e.reachedFromFirst,
        stays: e.stays.length,
      });
      expect(stage.amount).toEqual(amountOf(e.entered));
      expect(stage.lostAmount).toEqual(amountOf(e.lost));
      if (firstEntered === 0) expect(stage.conversionFromFirst).toBeNull();
      else expect(stage.conversionFromFirst).toBeCloseTo(e.reachedFromFirst / firstEntered, 4);
      const median = percentileCont(e.stays, 0.5);
      const p90 = percentileCont(e.stays, 0.9);
      if (median === null) expect(stage.timeInStage.medianSeconds).toBeNull();
      else expect(stage.timeInStage.medianSeconds).toBeCloseTo(median, 2);
      if (p90 === null) expect(stage.timeInStage.p90Seconds).toBeNull();
      else expect(stage.timeInStage.p90Seconds).toBeCloseTo(p90, 2);
      // Drill-down: each link lists exactly the records counted.
      expect(await ids(stage.drillDown.entered, asker.key)).toEqual(e.entered);
      expect(await ids(stage.drillDown.now, asker.key)).toEqual(e.now);
      expect(await ids(stage.drillDown.lost, asker.key)).toEqual(e.lost);
    }
    expect(report.won.count).toBe(expected.won.size);
    expect(report.lost.count).toBe(expected.lost.size);
    expect(report.won.amount).toEqual(amountOf(expected.won, true));
    expect(await ids(report.won.drillDown, asker.key)).toEqual(expected.won);
    expect(await ids(report.lost.drillDown, asker.key)).toEqual(expected.lost);
    const closed = expected.won.size + expected.lost.size;
    if (closed === 0) expect(report.winRate).toBeNull();
    else expect(report.winRate).toBeCloseTo(expected.won.size / closed, 4);
  }

  it('the deal funnel equals the recomputation from the raw rows, drill-downs included', async () => {
    let variant = 0;
    await fc.assert(
      fc.asyncProperty(caseArb(B2B.length), (c) => check('deal', B2B, c, variant++)),
      { numRuns: 24, seed: 13 },
    );
  }, 240_000);

  it('the lead funnel equals the recomputation from the raw rows, drill-downs included', async () => {
    let variant = 0;
    await fc.assert(
      fc.asyncProperty(caseArb(LEADS.length), (c) => check('lead', LEADS, c, variant++)),
      { numRuns: 18, seed: 13 },
    );
  }, 240_000);

  it('refuses bad input with 400 naming the field', async () => {
    const ask = async (query: string) => {
      const r = await system.call('GET', `/api/v1/reports/deal-funnel?${query}`);
      return [r.status, (r.body.errors ?? []).map((e: { field: string }) => e.field)];
    };
    const ok = 'from=2026-01-01&to=2026-12-31&pipelineId=b2b';
    expect(await ask(ok)).toEqual([200, []]);
    expect(await ask(`${ok}&timeZone=Mars/Olympus`)).toEqual([400, ['timeZone']]);
    expect(await ask(`${ok}&timeZone=%2B03:00`)).toEqual([400, ['timeZone']]);
    expect(await ask('from=2026-01-01&to=2026-12-31&pipelineId=nope')).toEqual([
      400,
      ['pipelineId'],
    ]);
    expect(await ask('from=2026-02-01&to=2026-01-31&pipelineId=b2b')).toEqual([400, ['to']]);
    expect(await ask('from=2025-01-01&to=2026-01-02&pipelineId=b2b')).toEqual([400, ['to']]);
    expect(await ask('from=2026-02-30&to=2026-03-01&pipelineId=b2b')).toEqual([400, ['from']]);
    expect(await ask('to=2026-03-01&pipelineId=b2b')).toEqual([400, ['from']]);
    expect(await ask(`${ok}&teamId=${randomUUID()}`)).toEqual([400, ['teamId']]);
    expect(await ask('from=2026-01-01&to=2026-12-31')).toEqual([400, ['pipelineId']]);
    // A leap year's 366 days are allowed.
    expect(await ask('from=2028-01-01&to=2028-12-31&pipelineId=b2b')).toEqual([200, []]);
  });
});
