import { parse } from 'csv-parse/sync';
import { MikroORM } from '@mikro-orm/postgresql';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/**
 * Reports are scoped like the lists (test/access-matrix.e2e-spec.ts): a manager counts their own
 * records, a head their team's, admins and sales ops everyone's, and no filter widens that — in
 * JSON and in the CSV export alike.
 */
describe('who sees which figures in the reports', () => {
  let system: TestSystem;
  let m1: TestUser, m2: TestUser, m3: TestUser, hA: TestUser, hB: TestUser;
  let ops: TestUser, bot: TestUser;
  let teamA: string, teamB: string;
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const period = `from=${day(-1)}&to=${day(1)}`;
  const reports = [
    { path: 'deal-funnel', extra: '&pipelineId=b2b' },
    { path: 'lead-funnel', extra: '' },
  ];

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    teamA = (await system.call('POST', '/api/v1/teams', { name: 'Reports A' })).body.id;
    teamB = (await system.call('POST', '/api/v1/teams', { name: 'Reports B' })).body.id;
    m1 = await system.user('manager', { teamId: teamA });
    m2 = await system.user('manager', { teamId: teamA });
    m3 = await system.user('manager', { teamId: teamB });
    hA = await system.user('head', { teamId: teamA });
    hB = await system.user('head', { teamId: teamB });
    ops = await system.user('salesops');
    bot = await system.user('integration');
    // m1: 1 deal and 1 lead, m2: 2 and 2, m3 (the other team): 4 and 4.
    for (const [user, n] of [
      [m1, 1],
      [m2, 2],
      [m3, 4],
    ] as const) {
      for (let i = 0; i < n; i++) {
        const deal = await system.call(
          'POST',
          '/api/v1/deals',
          { title: `Deal ${i}`, pipelineId: 'b2b', amount: '100.00', source: 'web' },
          { key: user.key },
        );
        expect(deal.status).toBe(201);
        const lead = await system.call(
          'POST',
          '/api/v1/leads',
          { title: `Lead ${i}`, name: 'Lee', source: 'web' },
          { key: user.key },
        );
        expect(lead.status).toBe(201);
      }
    }
  });
  afterAll(async () => {
    await system?.close();
  });

  /** What the first stage counts for `key`, in JSON and in CSV (they must agree). */
  async function firstStage(path: string, query: string, key: string) {
    const json = await system.call('GET', `/api/v1/reports/${path}?${query}`, undefined, { key });
    if (json.status !== 200) return json.status;
    const csv = await system.call('GET', `/api/v1/reports/${path}?${query}&format=csv`, undefined, {
      key,
    });
    expect(csv.status).toBe(200);
    const rows = parse(csv.body as string, { columns: true }) as Record<string, string>[];
    const fromCsv = Number(rows[0].entered);
    expect(fromCsv).toBe(json.body.stages[0].entered);
    return json.body.stages[0].entered as number;
  }

  describe.each(reports)('$path', ({ path, extra }) => {
    it('each role counts what it may read', async () => {
      const q = period + extra;
      expect({
        m1: await firstStage(path, q, m1.key),
        m3: await firstStage(path, q, m3.key),
        headA: await firstStage(path, q, hA.key),
        headB: await firstStage(path, q, hB.key),
        ops: await firstStage(path, q, ops.key),
        admin: await firstStage(path, q, system.adminKey),
        integration: await firstStage(path, q, bot.key),
      }).toEqual({ m1: 1, m3: 4, headA: 3, headB: 4, ops: 7, admin: 7, integration: 403 });
    });

    it('filters narrow, never widen', async () => {
      const q = period + extra;
      expect({
        m1OthersTeam: await firstStage(path, `${q}&teamId=${teamB}`, m1.key),
        m1Colleague: await firstStage(path, `${q}&responsibleId=${m2.id}`, m1.key),
        headAOtherTeam: await firstStage(path, `${q}&teamId=${teamB}`, hA.key),
        headAOtherManager: await firstStage(path, `${q}&responsibleId=${m3.id}`, hA.key),
        headAColleague: await firstStage(path, `${q}&responsibleId=${m2.id}`, hA.key),
        adminTeamB: await firstStage(path, `${q}&teamId=${teamB}`, system.adminKey),
        adminSource: await firstStage(path, `${q}&source=web`, system.adminKey),
        adminOtherSource: await firstStage(path, `${q}&source=fair`, system.adminKey),
      }).toEqual({
        m1OthersTeam: 0,
        m1Colleague: 0,
        headAOtherTeam: 0,
        headAOtherManager: 0,
        headAColleague: 2,
        adminTeamB: 4,
        adminSource: 7,
        adminOtherSource: 0,
      });
    });

    it('answers CSV for Accept: text/csv, with a header row', async () => {
      const r = await system.call('GET', `/api/v1/reports/${path}?${period}${extra}`, undefined, {
        headers: { accept: 'text/csv' },
      });
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
      expect((r.body as string).split('\r\n')[0]).toMatch(/^stage,name,entered,/);
    });
  });
});

describe('who sees which figures in the sales report', () => {
  let system: TestSystem;
  let m1: TestUser, m3: TestUser, hA: TestUser, hB: TestUser, ops: TestUser, bot: TestUser;
  let teamB: string;
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const period = `from=${day(-1)}&to=${day(1)}`;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    const teamA = (await system.call('POST', '/api/v1/teams', { name: 'Sales A' })).body.id;
    teamB = (await system.call('POST', '/api/v1/teams', { name: 'Sales B' })).body.id;
    m1 = await system.user('manager', { teamId: teamA });
    const m2 = await system.user('manager', { teamId: teamA });
    m3 = await system.user('manager', { teamId: teamB });
    hA = await system.user('head', { teamId: teamA });
    hB = await system.user('head', { teamId: teamB });
    ops = await system.user('salesops');
    bot = await system.user('integration');
    for (const [user, n] of [
      [m1, 1],
      [m2, 2],
      [m3, 4],
    ] as const)
      for (let i = 0; i < n; i++) {
        const deal = await system.call(
          'POST',
          '/api/v1/deals',
          { title: `Won ${i}`, pipelineId: 'b2b', amount: '100.00', source: 'web' },
          { key: user.key },
        );
        expect(deal.status).toBe(201);
      }
    // Closed as won now, as a workflow closes them (the report reads outcome and closedAt).
    await system.api
      .get(MikroORM)
      .em.fork()
      .getConnection()
      .execute(`update deal set outcome = 'won', closed_at = now()`);
  });
  afterAll(async () => {
    await system?.close();
  });

  /** Deals won in the period for `key`, in JSON and in CSV (they must agree). */
  async function won(query: string, key: string) {
    const path = `/api/v1/reports/sales?${period}&groupBy=team${query}`;
    const json = await system.call('GET', path, undefined, { key });
    if (json.status !== 200) return json.status;
    const csv = await system.call('GET', `${path}&format=csv`, undefined, { key });
    expect(csv.status).toBe(200);
    const rows = parse(csv.body as string, { columns: true }) as Record<string, string>[];
    const total = rows.find((r) => r.team === 'total')!;
    expect(Number(total.won)).toBe(json.body.total.current.won.count);
    // No group of another team shows up in the answer or the export.
    const groups = json.body.groups.map((g: { key: string }) => g.key);
    expect(rows.filter((r) => r.team !== 'total').map((r) => r.team)).toEqual(groups);
    return json.body.total.current.won.count as number;
  }

  it('each role counts what it may read, and filters never widen it', async () => {
    expect({
      m1: await won('', m1.key),
      m3: await won('', m3.key),
      headA: await won('', hA.key),
      headB: await won('', hB.key),
      ops: await won('', ops.key),
      admin: await won('', system.adminKey),
      integration: await won('', bot.key),
      m1OthersTeam: await won(`&teamId=${teamB}`, m1.key),
      headAOtherManager: await won(`&responsibleId=${m3.id}`, hA.key),
      adminTeamB: await won(`&teamId=${teamB}`, system.adminKey),
    }).toEqual({
      m1: 1,
      m3: 4,
      headA: 3,
      headB: 4,
      ops: 7,
      admin: 7,
      integration: 403,
      m1OthersTeam: 0,
      headAOtherManager: 0,
      adminTeamB: 4,
    });
  });

  it('a head sees only their own team as a group', async () => {
    const r = await system.call('GET', `/api/v1/reports/sales?${period}&groupBy=team`, undefined, {
      key: hA.key,
    });
    expect(r.body.groups.map((g: { key: string }) => g.key)).not.toContain(teamB);
  });
});

describe('who sees which figures in the activity, forecast and automation reports', () => {
  let system: TestSystem;
  let m1: TestUser, m2: TestUser, m3: TestUser, hA: TestUser, hB: TestUser;
  let ops: TestUser, bot: TestUser;
  let teamB: string;
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const period = `from=${day(-1)}&to=${day(1)}`;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    const teamA = (await system.call('POST', '/api/v1/teams', { name: 'Control A' })).body.id;
    teamB = (await system.call('POST', '/api/v1/teams', { name: 'Control B' })).body.id;
    m1 = await system.user('manager', { teamId: teamA });
    m2 = await system.user('manager', { teamId: teamA });
    m3 = await system.user('manager', { teamId: teamB });
    hA = await system.user('head', { teamId: teamA });
    hB = await system.user('head', { teamId: teamB });
    ops = await system.user('salesops');
    bot = await system.user('integration');
    // m1: 1 deal with 1 call, m2: 2 and 2, m3 (the other team): 4 and 4.
    for (const [user, n] of [
      [m1, 1],
      [m2, 2],
      [m3, 4],
    ] as const)
      for (let i = 0; i < n; i++) {
        const deal = await system.call(
          'POST',
          '/api/v1/deals',
          { title: `Deal ${i}`, pipelineId: 'b2b', amount: '100.00', source: 'web' },
          { key: user.key },
        );
        expect(deal.status).toBe(201);
        const call = await system.call(
          'POST',
          '/api/v1/activities',
          { type: 'call', subject: 'Call', dueAt: new Date().toISOString(), dealId: deal.body.id },
          { key: user.key },
        );
        expect(call.status).toBe(201);
      }
    // Expected to close today; and each call as if the rules had created it.
    const connection = system.api.get(MikroORM).em.fork().getConnection();
    await connection.execute(`update deal set expected_close_date = current_date`);
    await connection.execute(
      `update activity set automation_key = 'deal-' || deal_id || '/new#1/enter/' || id`,
    );
  });
  afterAll(async () => {
    await system?.close();
  });

  const reports = {
    activity: {
      figure: (body: { total: { planned: { count: number } } }) => body.total.planned.count,
      csv: (rows: Record<string, string>[]) =>
        Number(rows.find((r) => r.manager === 'total')!.planned),
    },
    forecast: {
      figure: (body: { total: { total: { count: number } } }) => body.total.total.count,
      csv: (rows: Record<string, string>[]) =>
        Number(rows.find((r) => r.manager === 'total' && r.month === 'total')!.deals),
    },
    automation: {
      figure: (body: { total: { followUpsCreated: number } }) => body.total.followUpsCreated,
      csv: (rows: Record<string, string>[]) =>
        Number(rows.find((r) => r.kind === 'total')!.followUpsCreated),
    },
  };

  /** What a report counts for `key`, in JSON and in CSV (they must agree). */
  async function count(report: keyof typeof reports, query: string, key: string) {
    const path = `/api/v1/reports/${report}?${period}${query}`;
    const json = await system.call('GET', path, undefined, { key });
    if (json.status !== 200) return json.status;
    const csv = await system.call('GET', `${path}&format=csv`, undefined, { key });
    expect(csv.status).toBe(200);
    const rows = parse(csv.body as string, { columns: true }) as Record<string, string>[];
    const figure = reports[report].figure(json.body as never);
    expect(reports[report].csv(rows)).toBe(figure);
    return figure;
  }

  it.each(Object.keys(reports) as (keyof typeof reports)[])(
    '%s: each role counts what it may read, and filters never widen it',
    async (report) => {
      expect({
        m1: await count(report, '', m1.key),
        m3: await count(report, '', m3.key),
        headA: await count(report, '', hA.key),
        headB: await count(report, '', hB.key),
        ops: await count(report, '', ops.key),
        admin: await count(report, '', system.adminKey),
        integration: await count(report, '', bot.key),
        m1OthersTeam: await count(report, `&teamId=${teamB}`, m1.key),
        m1Colleague: await count(report, `&responsibleId=${m2.id}`, m1.key),
        headAOtherManager: await count(report, `&responsibleId=${m3.id}`, hA.key),
        headAColleague: await count(report, `&responsibleId=${m2.id}`, hA.key),
        adminTeamB: await count(report, `&teamId=${teamB}`, system.adminKey),
      }).toEqual({
        m1: 1,
        m3: 4,
        headA: 3,
        headB: 4,
        ops: 7,
        admin: 7,
        integration: 403,
        m1OthersTeam: 0,
        m1Colleague: 0,
        headAOtherManager: 0,
        headAColleague: 2,
        adminTeamB: 4,
      });
    },
  );

  it('a head sees only their own team as a group', async () => {
    for (const report of ['activity', 'forecast'])
      for (const groupBy of ['team', 'manager']) {
        const r = await system.call(
          'GET',
          `/api/v1/reports/${report}?${period}&groupBy=${groupBy}`,
          undefined,
          { key: hA.key },
        );
        expect(r.status).toBe(200);
        const keys = r.body.groups.map((g: { key: string }) => g.key);
        expect(keys).not.toContain(teamB);
        expect(keys).not.toContain(m3.id);
      }
  });
});
