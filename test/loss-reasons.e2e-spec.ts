import { type ApiClient, type Schemas } from '../libs/api-client/client';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/** A pipeline whose deals the rules lose after two seconds of silence (PT2S), naming why. */
const QUICK_LOSS = {
  'rules.yaml': `kind: pipeline
id: quick-loss
name: Quick loss
version: 1
currency: USD
loss_reasons:
  - { code: no_response, label: Went quiet }
  - { code: price, label: Too expensive }
stages:
  - id: new
    transitions:
      - { to: won, on: invoice_paid }
      - to: lost
        after: PT2S
        loss_reason: no_response
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`,
};

/**
 * Loss reasons end to end: a person's move to a lost stage names one of the rules version's
 * reasons (else 400 naming lossReason), the rules name theirs, the deal, its history and its
 * timeline keep it, the deal list filters by it, and the sales report groups lost deals by it.
 */
describe('loss reasons', () => {
  let system: TestSystem;
  let m1: TestUser;
  let asM1: ApiClient;

  beforeAll(async () => {
    system = await startTestSystem();
    const { data: team } = await system
      .client()
      .POST('/api/v1/teams', { body: { name: 'Loss team' } });
    m1 = await system.user('manager', { teamId: team!.id });
    asM1 = system.client(m1.key);
  });
  afterAll(async () => {
    await system?.close();
  });

  const newDeal = async (body: Partial<Schemas['CreateDeal']> = {}) =>
    (
      await asM1.POST('/api/v1/deals', {
        body: { title: 'Lost cause', pipelineId: 'b2b', amount: '1000.00', ...body },
      })
    ).data!;
  const move = (id: string, body: Schemas['MoveDeal']) =>
    asM1.POST('/api/v1/deals/{id}/move', { params: { path: { id } }, body });
  const read = async (id: string) =>
    (await asM1.GET('/api/v1/deals/{id}', { params: { path: { id } } })).data!;
  const history = async (id: string) =>
    (await asM1.GET('/api/v1/deals/{id}/history', { params: { path: { id } } })).data!.items;

  it('names the reasons of the shipped pipelines in their published content', async () => {
    const b2b = await system.call('GET', '/api/v1/rules/b2b');
    expect(b2b.body.version).toBe(4);
    expect(b2b.body.content.lossReasons).toContainEqual({ code: 'price', label: 'Too expensive' });
  });

  it('refuses a move to lost without a reason, with an unknown one, and a reason elsewhere', async () => {
    const deal = await newDeal();
    const missing = await move(deal.id, { to: 'lost' });
    expect(missing.response.status).toBe(400);
    expect(missing.error?.errors).toEqual([
      { field: 'lossReason', problem: expect.stringContaining('say why the deal is lost: one of') },
    ]);
    const unknown = await move(deal.id, { to: 'lost', lossReason: 'weather' });
    expect(unknown.response.status).toBe(400);
    expect(unknown.error?.errors).toEqual([
      {
        field: 'lossReason',
        problem: expect.stringContaining('"weather" is not a loss reason of b2b v4'),
      },
    ]);
    const malformed = await move(deal.id, { to: 'lost', lossReason: 'Too Expensive!' });
    expect(malformed.response.status).toBe(400);
    expect(malformed.error?.errors?.[0].field).toBe('lossReason');
    const elsewhere = await move(deal.id, { to: 'quote', lossReason: 'price' });
    expect(elsewhere.response.status).toBe(400);
    expect(elsewhere.error?.errors?.[0]).toMatchObject({
      field: 'lossReason',
      problem: expect.stringContaining('only with a move to a lost stage'),
    });
    const noteElsewhere = await move(deal.id, { to: 'quote', lossNote: 'why?' });
    expect(noteElsewhere.response.status).toBe(400);
    expect(noteElsewhere.error?.errors?.[0].field).toBe('lossNote');
    const longNote = await move(deal.id, {
      to: 'lost',
      lossReason: 'price',
      lossNote: 'x'.repeat(2001),
    });
    expect(longNote.response.status).toBe(400);
    expect(longNote.error?.errors?.[0].field).toBe('lossNote');
    // Nothing moved.
    expect(await read(deal.id)).toMatchObject({ stage: 'new', outcome: 'open', lossReason: null });
    expect((await history(deal.id)).map((c) => c.to)).toEqual(['new']);
  });

  it("keeps a person's reason and note on the deal, its history and its timeline", async () => {
    const deal = await newDeal({ title: 'Pricey one', amount: '2500.00' });
    const moved = await move(deal.id, {
      to: 'lost',
      lossReason: 'price',
      lossNote: 'Initech offered 30% less',
    });
    expect(moved.response.status).toBe(200);
    expect(moved.data).toMatchObject({
      stage: 'lost',
      lossReason: 'price',
      lossNote: 'Initech offered 30% less',
    });
    const lost = await eventually('the deal closed as lost', async () => {
      const d = await read(deal.id);
      return d.outcome === 'lost' ? d : undefined;
    });
    expect(lost).toMatchObject({ lossReason: 'price', lossNote: 'Initech offered 30% less' });
    expect((await history(deal.id)).at(-1)).toMatchObject({
      from: 'new',
      to: 'lost',
      cause: 'manual',
      byUserId: m1.id,
      lossReason: 'price',
      lossNote: 'Initech offered 30% less',
    });
    const timeline = await asM1.GET('/api/v1/deals/{id}/timeline', {
      params: { path: { id: deal.id } },
    });
    expect(
      timeline.data!.items.find((i) => i.stageChange?.to === 'lost')?.stageChange,
    ).toMatchObject({ lossReason: 'price', lossNote: 'Initech offered 30% less' });
    // A closed deal does not move again, reason or not.
    expect((await move(deal.id, { to: 'lost', lossReason: 'other' })).response.status).toBe(409);
  });

  it('keeps the reason the rules give when they lose a deal; the list filters by reason', async () => {
    const published = await system.call('POST', '/api/v1/rules/publish', { files: QUICK_LOSS });
    expect(published.status).toBe(201);
    const deal = await newDeal({ pipelineId: 'quick-loss', title: 'Silent one', amount: '700.00' });
    const lost = await eventually(
      'the rules lost the deal',
      async () => {
        const d = await read(deal.id);
        return d.outcome === 'lost' ? d : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(lost).toMatchObject({ stage: 'lost', lossReason: 'no_response', lossNote: null });
    expect((await history(deal.id)).at(-1)).toMatchObject({
      to: 'lost',
      cause: 'rule stages[0].transitions[1]',
      byUserId: null,
      lossReason: 'no_response',
    });

    const list = async (lossReason: string) =>
      (
        await asM1.GET('/api/v1/deals', { params: { query: { lossReason, limit: 200 } } })
      ).data!.items.map((d) => d.title);
    expect(await list('no_response')).toEqual(['Silent one']);
    expect(await list('price')).toEqual(['Pricey one']);
    expect(await list('competitor')).toEqual([]);
  });

  it('refuses rules that name an unknown reason (422, at its place in the YAML)', async () => {
    const refused = await system.call('POST', '/api/v1/rules/publish', {
      files: {
        'rules.yaml': QUICK_LOSS['rules.yaml']
          .replace('version: 1', 'version: 2')
          .replace('loss_reason: no_response', 'loss_reason: ghosted'),
      },
    });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain(
      'there is no loss reason \\"ghosted\\" (the reasons are: no_response, price)',
    );
  });

  it('groups the lost deals of the sales report by loss reason: counts and amounts per reason', async () => {
    // A second deal lost for its price, and one lost under rules from before loss reasons.
    const another = await newDeal({ title: 'Pricey two', amount: '500.00' });
    expect((await move(another.id, { to: 'lost', lossReason: 'price' })).response.status).toBe(200);
    await eventually('both price deals closed', async () =>
      (await read(another.id)).outcome === 'lost' ? true : undefined,
    );
    const today = new Date().toISOString().slice(0, 10);
    const query = new URLSearchParams({ from: today, to: today, groupBy: 'lossReason' });
    const report = await system.call('GET', `/api/v1/reports/sales?${query}`);
    expect(report.status).toBe(200);
    const groups = report.body.groups as {
      key: string | null;
      label: string | null;
      current: { won: { count: number }; lost: { count: number; amount: unknown[] } };
    }[];
    expect(
      groups.map((g) => [g.key, g.label, g.current.lost.count, g.current.lost.amount]),
    ).toEqual([
      ['no_response', 'Went quiet', 1, [{ currency: 'USD', amount: '700.00' }]],
      ['price', 'Too expensive', 2, [{ currency: 'USD', amount: '3000.00' }]],
    ]);
    expect(groups.every((g) => g.current.won.count === 0)).toBe(true);
    expect(report.body.total.current.lost.count).toBe(3);
    // Each group's drill-down lists the deals it counts.
    const price = report.body.groups.find((g: { key: string }) => g.key === 'price');
    expect(price.current.lost.drillDown).toContain('lossReason=price');
    const drilled = await system.call('GET', price.current.lost.drillDown);
    expect(drilled.body.items.map((d: { title: string }) => d.title).sort()).toEqual([
      'Pricey one',
      'Pricey two',
    ]);
  });
});
