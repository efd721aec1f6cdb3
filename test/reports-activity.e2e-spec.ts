import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { MikroORM } from '@mikro-orm/postgresql';
import { reportPeriod } from '../libs/crm/reports/report-period';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/**
 * The activity report against a recomputation from the raw rows: fast-check generates deals and
 * leads (open or closed, archived) and activities on them (owner, type, status, due, completed
 * and created on and around the edges of the period, by the rules or by hand, archived); for each
 * grouping and asker the report must equal what this file computes, and each drill-down link must
 * list exactly the activities counted.
 */
describe('activity report', () => {
  let system: TestSystem;
  let orm: MikroORM;
  let m1: TestUser, m2: TestUser, m3: TestUser, hA: TestUser, loner: TestUser;
  let teamA: string, teamB: string;
  const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kathmandu'];
  const TYPES = ['call', 'email', 'meeting', 'event', 'task'];
  const GROUPS = ['manager', 'team', 'type'] as const;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    orm = system.api.get(MikroORM);
    teamA = (await system.call('POST', '/api/v1/teams', { name: 'Activity A' })).body.id;
    teamB = (await system.call('POST', '/api/v1/teams', { name: 'Activity B' })).body.id;
    m1 = await system.user('manager', { teamId: teamA });
    m2 = await system.user('manager', { teamId: teamA });
    m3 = await system.user('manager', { teamId: teamB });
    hA = await system.user('head', { teamId: teamA });
    loner = await system.user('manager');
  });
  afterAll(async () => {
    await system?.close();
  });

  const when = fc.oneof(
    fc.double({ min: -0.3, max: 1.3, noNaN: true }),
    fc.constantFrom('start', 'end', 'start-1', 'end-1', 'now', 'now-1'),
  );
  const recordArb = fc.record({
    kind: fc.constantFrom('deal', 'lead'),
    owner: fc.integer({ min: 0, max: 4 }),
    pipeline: fc.constantFrom('b2b', 'b2c'),
    open: fc.boolean(),
    archived: fc.boolean(),
  });
  const activityArb = fc.record({
    record: fc.nat(),
    owner: fc.integer({ min: 0, max: 4 }),
    type: fc.constantFrom(...TYPES),
    status: fc.constantFrom('planned', 'done', 'cancelled'),
    due: when,
    completed: when,
    created: when,
    byRules: fc.boolean(),
    archived: fc.boolean(),
  });
  const caseArb = fc.record({
    zone: fc.constantFrom(...ZONES),
    // Periods before, around and after now: "overdue now" depends on it.
    startOffsetDays: fc.integer({ min: -40, max: 5 }),
    days: fc.integer({ min: 1, max: 45 }),
    records: fc.array(recordArb, { minLength: 1, maxLength: 6 }),
    activities: fc.array(activityArb, { maxLength: 14 }),
    group: fc.constantFrom(...GROUPS),
    asker: fc.integer({ min: 0, max: 5 }),
  });
  type Case = ReturnType<typeof caseArb.generate>['value'];

  interface Row {
    id: string;
    owner: string;
    team: string | null;
    type: string;
    status: string;
    due: Date;
    completed: Date | null;
    created: Date;
    byRules: boolean;
    archived: boolean;
    pipeline: string | null;
    record: { id: string; kind: string; open: boolean; archived: boolean; owner: string };
  }

  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  async function write(c: Case) {
    const connection = orm.em.fork().getConnection();
    await connection.execute('delete from activity');
    await connection.execute('delete from deal');
    await connection.execute('delete from lead');
    const period = reportPeriod(
      day(c.startOffsetDays),
      day(c.startOffsetDays + c.days - 1),
      c.zone,
    );
    const span = period.end.getTime() - period.start.getTime();
    const now = Date.now();
    const instant = (w: Case['activities'][number]['due']) =>
      new Date(
        typeof w === 'number'
          ? period.start.getTime() + Math.round(w * span)
          : {
              start: period.start.getTime(),
              end: period.end.getTime(),
              'start-1': period.start.getTime() - 1,
              'end-1': period.end.getTime() - 1,
              // Minutes away from now: the request comes a little later.
              now: now + 600_000,
              'now-1': now - 600_000,
            }[w],
      );
    const owners = [m1, m2, m3, hA, loner];
    const teams = [teamA, teamA, teamB, teamA, null];
    const records = [];
    for (const g of c.records) {
      const id = randomUUID();
      const owner = owners[g.owner].id;
      const archivedAt = g.archived ? new Date() : null;
      if (g.kind === 'deal')
        await connection.execute(
          `insert into deal (id, responsible_id, created_at, updated_at, archived_at, version, title, pipeline_id, rules_version, stage, outcome, amount, currency, custom, closed_at, workflow_started_at)
           values (?, ?, now(), now(), ?, 1, 'Generated', ?, 1, 'new', ?, 0, 'USD', '{}', ?, now())`,
          [id, owner, archivedAt, g.pipeline, g.open ? 'open' : 'lost', g.open ? null : new Date()],
        );
      else
        await connection.execute(
          `insert into lead (id, responsible_id, created_at, updated_at, archived_at, version, title, rule_set_id, rules_version, status, outcome, custom, workflow_started_at)
           values (?, ?, now(), now(), ?, 1, 'Generated', 'leads', 1, 'new', ?, '{}', now())`,
          [id, owner, archivedAt, g.open ? 'open' : 'junk'],
        );
      records.push({
        id,
        kind: g.kind,
        open: g.open,
        archived: g.archived,
        owner,
        pipeline: g.kind === 'deal' ? g.pipeline : null,
      });
    }
    const rows: Row[] = [];
    for (const g of c.activities) {
      const record = records[g.record % records.length];
      const due = instant(g.due);
      const row: Row = {
        id: randomUUID(),
        owner: owners[g.owner].id,
        team: teams[g.owner],
        type: g.type,
        status: g.status,
        due,
        completed: g.status === 'done' ? instant(g.completed) : null,
        created: instant(g.created),
        byRules: g.byRules,
        archived: g.archived,
        pipeline: record.pipeline,
        record,
      };
      rows.push(row);
      await connection.execute(
        `insert into activity (id, responsible_id, created_at, updated_at, archived_at, version, type, subject, due_at, status, completed_at, deal_id, lead_id, automation_key)
         values (?, ?, ?, ?, ?, 1, ?, 'Generated', ?, ?, ?, ?, ?, ?)`,
        [
          row.id,
          row.owner,
          row.created,
          row.created,
          row.archived ? row.created : null,
          row.type,
          row.due,
          row.status,
          row.completed,
          record.kind === 'deal' ? record.id : null,
          record.kind === 'lead' ? record.id : null,
          row.byRules ? `${record.kind}-${record.id}/${row.id}` : null,
        ],
      );
    }
    return { period, rows, records };
  }

  /** Each figure's activities, recomputed from the rows. */
  function expected(rows: Row[], start: Date, end: Date, now: Date) {
    const inside = (at: Date | null) => at !== null && at >= start && at < end;
    const ids = (list: Row[]) => new Set(list.map((r) => r.id));
    const done = rows.filter((r) => r.status === 'done' && inside(r.completed));
    return {
      planned: ids(rows.filter((r) => inside(r.due))),
      done: ids(done),
      doneOnTime: ids(done.filter((r) => r.completed! <= r.due)),
      overdueNow: ids(rows.filter((r) => inside(r.due) && r.status === 'planned' && r.due < now)),
      cancelled: ids(rows.filter((r) => inside(r.due) && r.status === 'cancelled')),
      createdByRules: ids(rows.filter((r) => inside(r.created) && r.byRules)),
      createdByHand: ids(rows.filter((r) => inside(r.created) && !r.byRules)),
    };
  }
  type Expected = ReturnType<typeof expected>;
  const counts = (e: Expected) =>
    Object.fromEntries(Object.entries(e).map(([k, v]) => [k, v.size]));
  const countsOf = (figures: Record<string, { count: number }>) =>
    Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v.count]));

  const listed = async (link: string, key: string) => {
    const page = await system.call('GET', link, undefined, { key });
    expect(page.status).toBe(200);
    expect(page.body.nextCursor).toBeNull();
    return new Set<string>(page.body.items.map((i: { id: string }) => i.id));
  };

  async function check(c: Case) {
    const { period, rows, records } = await write(c);
    const askers: {
      key: string;
      filter: Record<string, string>;
      sees: (owner: string, pipeline: string | null) => boolean;
    }[] = [
      { key: system.adminKey, filter: {}, sees: () => true },
      { key: hA.key, filter: {}, sees: (o) => [m1.id, m2.id, hA.id].includes(o) },
      { key: m1.key, filter: {}, sees: (o) => o === m1.id },
      {
        key: system.adminKey,
        filter: { pipelineId: 'b2b', teamId: teamA },
        sees: (o, pipeline) => pipeline === 'b2b' && [m1.id, m2.id, hA.id].includes(o),
      },
      { key: hA.key, filter: { teamId: teamB }, sees: () => false },
      {
        key: system.adminKey,
        filter: { responsibleId: m3.id },
        sees: (o) => o === m3.id,
      },
    ];
    const asker = askers[c.asker];
    const seen = rows.filter((r) => !r.archived && asker.sees(r.owner, r.pipeline));
    const query = new URLSearchParams({
      from: period.from,
      to: period.to,
      timeZone: period.timeZone,
      groupBy: c.group,
      ...asker.filter,
    });
    const answer = await system.call('GET', `/api/v1/reports/activity?${query}`, undefined, {
      key: asker.key,
    });
    expect(answer.status).toBe(200);
    const report = answer.body;
    const now = new Date(report.now);

    const total = expected(seen, period.start, period.end, now);
    expect(countsOf(report.total)).toEqual(counts(total));
    for (const [name, ids] of Object.entries(total))
      expect(await listed(report.total[name].drillDown, asker.key)).toEqual(ids);

    const keyOf = (r: Row) => ({ manager: r.owner, team: r.team, type: r.type })[c.group];
    const groups = new Map<string | null, Row[]>();
    for (const r of seen) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
    const expectedGroups = [...groups]
      .map(([key, list]) => ({ key, e: expected(list, period.start, period.end, now) }))
      .filter(({ e }) => Object.values(e).some((s) => s.size > 0));
    expect(new Set(report.groups.map((g: { key: string | null }) => g.key))).toEqual(
      new Set(expectedGroups.map((g) => g.key)),
    );
    for (const { key, e } of expectedGroups) {
      const g = report.groups.find((x: { key: string | null }) => x.key === key);
      expect(countsOf(g.figures)).toEqual(counts(e));
      for (const [name, ids] of Object.entries(e)) {
        const link = g.figures[name].drillDown;
        if (key === null) expect(link).toBeNull();
        else expect(await listed(link, asker.key)).toEqual(ids);
      }
    }

    // The counters: open records in scope (by their own responsible), now.
    const recordSeen = records.filter(
      (r) =>
        r.open &&
        !r.archived &&
        asker.sees(r.owner, r.pipeline) &&
        !(asker.filter.pipelineId && r.kind === 'lead'),
    );
    const live = (r: (typeof records)[number]) =>
      rows.filter((a) => a.record.id === r.id && !a.archived && a.status === 'planned');
    const countKind = (kind: string, test: (r: (typeof records)[number]) => boolean) =>
      recordSeen.filter((r) => r.kind === kind && test(r)).length;
    const overdue = (r: (typeof records)[number]) => live(r).some((a) => a.due < now);
    const nothing = (r: (typeof records)[number]) => live(r).length === 0;
    expect(report.counters).toEqual({
      recordsWithOverdue: { deals: countKind('deal', overdue), leads: countKind('lead', overdue) },
      recordsWithNothingPlanned: {
        deals: countKind('deal', nothing),
        leads: countKind('lead', nothing),
      },
    });
  }

  it('equals the recomputation from the raw rows, and each link lists exactly the activities', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, (c) => check(c)),
      { numRuns: 40 },
    );
    // Each run writes rows and asks for the report and every drill-down: minutes on a busy machine.
  }, 300_000);

  it('answers 400 naming the field for an unknown group, a source, an unknown team', async () => {
    const period = 'from=2026-01-01&to=2026-01-31';
    for (const [query, field] of [
      ['groupBy=planet', 'groupBy'],
      ['source=web', 'source'],
      [`teamId=${randomUUID()}`, 'teamId'],
      ['pipelineId=nope', 'pipelineId'],
    ]) {
      const r = await system.call('GET', `/api/v1/reports/activity?${period}&${query}`);
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.body)).toContain(field);
    }
  });

  it('exports CSV: a row per group and the total', async () => {
    const r = await system.call(
      'GET',
      '/api/v1/reports/activity?from=2026-01-01&to=2026-01-31&groupBy=type&format=csv',
    );
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (r.body as string).split('\r\n');
    expect(lines[0]).toBe(
      'type,label,planned,done,done on time,overdue now,cancelled,created by rules,created by hand',
    );
    expect(lines).toContain('total,,0,0,0,0,0,0,0');
  });
});
