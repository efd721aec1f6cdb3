import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/** What the deal board reads: cards per stage with names and next activity, and column totals. */
describe('the deal board API: cards and totals', () => {
  let system: TestSystem;
  let ann: TestUser, bob: TestUser, head: TestUser, other: TestUser;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    const team = (await system.call('POST', '/api/v1/teams', { name: 'Board team' })).body.id;
    const otherTeam = (await system.call('POST', '/api/v1/teams', { name: 'Other team' })).body.id;
    ann = await system.user('manager', { teamId: team, name: 'Ann Board' });
    bob = await system.user('manager', { teamId: team, name: 'Bob Board' });
    head = await system.user('head', { teamId: team });
    other = await system.user('manager', { teamId: otherTeam });
    const company = await system.call(
      'POST',
      '/api/v1/companies',
      { name: 'Globex' },
      { key: ann.key },
    );
    const deal = (key: string, body: Record<string, unknown>) =>
      system.call('POST', '/api/v1/deals', { pipelineId: 'b2b', ...body }, { key });
    const first = await deal(ann.key, {
      title: 'Globex licences',
      amount: '1000.50',
      source: 'web',
      companyId: company.body.id,
    });
    await deal(ann.key, { title: 'Initech upgrade', amount: '2000.00', source: 'fair' });
    await deal(bob.key, { title: 'Bob deal', amount: '300.00', source: 'web' });
    await deal(other.key, { title: 'Other team deal', amount: '99.00' });
    // An overdue call and a later meeting: the card shows the call, marked overdue.
    for (const [type, dueAt] of [
      ['meeting', new Date(Date.now() + 86_400_000)],
      ['call', new Date(Date.now() - 3_600_000)],
    ] as const) {
      await system.call(
        'POST',
        '/api/v1/activities',
        { type, subject: `${type} Globex`, dueAt: dueAt.toISOString(), dealId: first.body.id },
        { key: ann.key },
      );
    }
  });
  afterAll(async () => {
    await system?.close();
  });

  const get = (path: string, key: string) => system.call('GET', path, undefined, { key });

  it('shows each card with its company, responsible and next activity, overdue marked', async () => {
    const cards = await get('/api/v1/deals/cards?pipelineId=b2b&stage=new', ann.key);
    expect(cards.status).toBe(200);
    expect(cards.body.total).toBe(2);
    const globex = cards.body.items.find((c: { title: string }) => c.title === 'Globex licences');
    expect(globex).toMatchObject({
      stage: 'new',
      amount: '1000.50',
      currency: 'USD',
      companyName: 'Globex',
      responsibleId: ann.id,
      responsibleName: 'Ann Board',
      overdue: true,
      nextActivity: { type: 'call', subject: 'call Globex', overdue: true },
    });
    const initech = cards.body.items.find((c: { title: string }) => c.title === 'Initech upgrade');
    expect(initech).toMatchObject({ companyName: null, nextActivity: null, overdue: false });
  });

  it('counts and sums each stage per currency, within what the caller may see', async () => {
    const mine = await get('/api/v1/deals/totals?pipelineId=b2b', ann.key);
    expect(mine.body).toEqual({
      stages: [{ stage: 'new', count: 2, amounts: [{ currency: 'USD', amount: '3000.50' }] }],
    });
    const team = await get(`/api/v1/deals/totals?pipelineId=b2b&teamId=${ann.teamId}`, head.key);
    expect(team.body.stages[0]).toMatchObject({ count: 3, amounts: [{ amount: '3300.50' }] });
    const everyone = await get('/api/v1/deals/totals?pipelineId=b2b', system.adminKey);
    expect(everyone.body.stages[0].count).toBe(4);
  });

  it('filters by responsible, team, source and search, the same in cards and totals', async () => {
    const q = `pipelineId=b2b&teamId=${ann.teamId}&source=web`;
    const cards = await get(`/api/v1/deals/cards?${q}`, system.adminKey);
    expect(cards.body.items.map((c: { title: string }) => c.title).sort()).toEqual([
      'Bob deal',
      'Globex licences',
    ]);
    const totals = await get(`/api/v1/deals/totals?${q}`, system.adminKey);
    expect(totals.body.stages[0].count).toBe(2);
    const search = await get(`/api/v1/deals/cards?pipelineId=b2b&q=initech`, system.adminKey);
    expect(search.body.items.map((c: { title: string }) => c.title)).toEqual(['Initech upgrade']);
    const bobs = await get(`/api/v1/deals/cards?responsibleId=${bob.id}`, head.key);
    expect(bobs.body.items.map((c: { title: string }) => c.title)).toEqual(['Bob deal']);
    // A manager asking for the team still sees only their own.
    const narrowed = await get(`/api/v1/deals/cards?teamId=${ann.teamId}`, bob.key);
    expect(narrowed.body.items.map((c: { title: string }) => c.title)).toEqual(['Bob deal']);
  });

  it('pages a column with a cursor, and names a bad filter', async () => {
    const first = await get('/api/v1/deals/cards?pipelineId=b2b&limit=1', system.adminKey);
    expect(first.body.items).toHaveLength(1);
    const next = await get(
      `/api/v1/deals/cards?pipelineId=b2b&limit=1&cursor=${first.body.nextCursor}`,
      system.adminKey,
    );
    expect(next.body.items[0].id).not.toBe(first.body.items[0].id);
    const bad = await get('/api/v1/deals/totals?teamId=nope&limit=5', system.adminKey);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'limit',
      'teamId',
    ]);
  });

  describe('the whole board at once (GET /deals/board)', () => {
    type Column = {
      stage: { id: string; order: number };
      count: number;
      amounts: unknown[];
      cards: { items: { title: string }[]; total: number; nextCursor: string | null };
    };
    const board = async (query: string, key: string) => {
      const answer = await get(`/api/v1/deals/board?${query}`, key);
      expect(answer.status).toBe(200);
      return answer.body as { pipelineId: string; rulesVersion: number; columns: Column[] };
    };

    it("has a column per stage of the pipeline's latest rules, in order, as cards and totals give them", async () => {
      const rules = await get('/api/v1/rules/b2b', system.adminKey);
      const stages = (rules.body.content.stages as { id: string; order: number }[])
        .sort((a, b) => a.order - b.order)
        .map((s) => s.id);
      const mine = await board('pipelineId=b2b', ann.key);
      expect(mine.pipelineId).toBe('b2b');
      expect(mine.rulesVersion).toBe(rules.body.version);
      expect(mine.columns.map((c) => c.stage.id)).toEqual(stages);
      const [first, ...rest] = mine.columns;
      const cards = await get('/api/v1/deals/cards?pipelineId=b2b&stage=new&limit=15', ann.key);
      expect(first.cards).toEqual(cards.body);
      const totals = await get('/api/v1/deals/totals?pipelineId=b2b', ann.key);
      expect({ stage: first.stage.id, count: first.count, amounts: first.amounts }).toEqual(
        totals.body.stages[0],
      );
      expect(first.cards.items.map((c) => c.title)).toEqual(['Initech upgrade', 'Globex licences']);
      for (const column of rest) {
        expect(column).toMatchObject({ count: 0, amounts: [], cards: { items: [], total: 0 } });
      }
    });

    it('shows each caller only what the lists let them see, under the same filters', async () => {
      const count = async (query: string, key: string) => (await board(query, key)).columns[0];
      expect((await count('pipelineId=b2b', bob.key)).cards.items.map((c) => c.title)).toEqual([
        'Bob deal',
      ]);
      // A manager asking for the team still sees only their own.
      expect((await count(`pipelineId=b2b&teamId=${ann.teamId}`, bob.key)).count).toBe(1);
      expect((await count('pipelineId=b2b', head.key)).count).toBe(3);
      expect((await count('pipelineId=b2b', other.key)).count).toBe(1);
      expect((await count('pipelineId=b2b', system.adminKey)).count).toBe(4);
      const web = await count(`pipelineId=b2b&teamId=${ann.teamId}&source=web`, system.adminKey);
      expect(web.cards.items.map((c) => c.title).sort()).toEqual(['Bob deal', 'Globex licences']);
      expect(web.count).toBe(2);
      const search = await count('pipelineId=b2b&q=initech', system.adminKey);
      expect(search.cards.items.map((c) => c.title)).toEqual(['Initech upgrade']);
    });

    it("pages a column on with /deals/cards from the board's cursor", async () => {
      const first = (await board('pipelineId=b2b&limit=1', ann.key)).columns[0];
      expect(first.cards.items).toHaveLength(1);
      expect(first.cards.total).toBe(2);
      const next = await get(
        `/api/v1/deals/cards?pipelineId=b2b&stage=new&limit=1&cursor=${first.cards.nextCursor}`,
        ann.key,
      );
      expect(next.body.items.map((c: { title: string }) => c.title)).toEqual(['Globex licences']);
      expect(next.body.nextCursor).toBeNull();
    });

    it('names a missing or unknown pipeline and a bad page size', async () => {
      const missing = await get('/api/v1/deals/board', ann.key);
      expect(missing.status).toBe(400);
      expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['pipelineId']);
      const unknown = await get('/api/v1/deals/board?pipelineId=nope', ann.key);
      expect(unknown.status).toBe(422);
      expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['pipelineId']);
      const leads = await get('/api/v1/deals/board?pipelineId=leads', ann.key);
      expect(leads.status).toBe(422);
      const big = await get('/api/v1/deals/board?pipelineId=b2b&limit=500', ann.key);
      expect(big.status).toBe(400);
      expect(big.body.errors.map((e: { field: string }) => e.field)).toEqual(['limit']);
    });
  });
});
