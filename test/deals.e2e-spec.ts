import { type ApiClient, type Schemas } from '../libs/api-client/client';
import { signWebhook } from '../libs/crm/payments/webhook-signature';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/**
 * Deals in the shipped pipelines: created in the first stage, moved only as the rules allow.
 * Through the typed client generated from docs/openapi.json (libs/api-client): every request here
 * is one the document describes, and every answer is read as the document types it.
 */
describe('deals and their stages', () => {
  let system: TestSystem;
  let m1: TestUser, head: TestUser;
  let asAdmin: ApiClient, asM1: ApiClient, asM2: ApiClient, asHead: ApiClient;

  beforeAll(async () => {
    system = await startTestSystem();
    asAdmin = system.client();
    const { data: team } = await asAdmin.POST('/api/v1/teams', { body: { name: 'Deals team' } });
    m1 = await system.user('manager', { teamId: team!.id });
    const m2 = await system.user('manager', { teamId: team!.id });
    head = await system.user('head', { teamId: team!.id });
    [asM1, asM2, asHead] = [m1, m2, head].map((user) => system.client(user.key));
  });
  afterAll(async () => {
    await system?.close();
  });

  const newDeal = (body: Partial<Schemas['CreateDeal']> = {}, as = asM1) =>
    as.POST('/api/v1/deals', {
      body: { title: 'ACME rollout', pipelineId: 'b2b', amount: '25000.00', ...body },
    });
  const move = (id: string, to: string, as = asM1, extra: Partial<Schemas['MoveDeal']> = {}) =>
    as.POST('/api/v1/deals/{id}/move', { params: { path: { id } }, body: { to, ...extra } });
  const read = async (id: string) =>
    (await asM1.GET('/api/v1/deals/{id}', { params: { path: { id } } })).data!;
  const history = async (id: string) =>
    (await asM1.GET('/api/v1/deals/{id}/history', { params: { path: { id } } })).data!.items;

  it('starts a deal in the first stage of the latest rules, with the pipeline currency', async () => {
    const deal = await newDeal();
    expect(deal.response.status).toBe(201);
    expect(deal.data).toMatchObject({
      pipelineId: 'b2b',
      rulesVersion: 4,
      stage: 'new',
      outcome: 'open',
      amount: '25000.00',
      currency: 'USD',
      responsibleId: m1.id,
    });
    expect(await history(deal.data!.id)).toEqual([
      {
        from: null,
        to: 'new',
        at: expect.any(String),
        byUserId: m1.id,
        cause: 'created',
        ruleSetId: 'b2b',
        rulesVersion: 4,
        lossReason: null,
        lossNote: null,
      },
    ]);
  });

  it('refuses unknown pipelines, lead rules and foreign currencies', async () => {
    expect((await newDeal({ pipelineId: 'nope' })).error?.detail).toBe(
      'pipelineId: no published pipeline "nope"',
    );
    expect((await newDeal({ pipelineId: 'leads' })).response.status).toBe(422);
    const eur = await newDeal({ currency: 'EUR' });
    expect(eur.response.status).toBe(422);
    expect(eur.error?.detail).toBe('currency: deals of "b2b" are in USD, not EUR');
    expect((await newDeal({ pipelineId: 'services' })).data?.currency).toBe('EUR');
    // A number where the document wants a decimal string: the typed client would not compile it.
    const float = await newDeal({ amount: 100.5 as unknown as string });
    expect(float.response.status).toBe(400);
    expect(float.error?.errors?.[0].field).toBe('amount');
  });

  it('never changes the stage by a plain update', async () => {
    const id = (await newDeal()).data!.id;
    const path = { id };
    // `stage` is no member of UpdateDeal: sent anyway, as a client not generated from it could.
    const sneaky = await asM1.PATCH('/api/v1/deals/{id}', {
      params: { path },
      body: { stage: 'won', amount: '1.00' } as Schemas['UpdateDeal'],
    });
    expect(sneaky.response.status).toBe(400);
    expect(sneaky.error?.errors).toEqual([
      {
        field: 'stage',
        problem:
          'stage changes only through POST /api/v1/deals/:id/move, which checks the pipeline rules',
      },
    ]);
    expect(await read(id)).toMatchObject({ stage: 'new', amount: '25000.00' });
    const ok = await asM1.PATCH('/api/v1/deals/{id}', {
      params: { path },
      body: { amount: '26000.50', probability: 40 },
    });
    expect(ok.data).toMatchObject({
      amount: '26000.50',
      probability: 40,
      stage: 'new',
      version: 2,
    });
  });

  it('moves forward, and back only where the stage allows it; a refused move changes nothing', async () => {
    const deal = (await newDeal()).data!;
    const forward = await move(deal.id, 'quote');
    expect(forward.response.status).toBe(200);
    expect(forward.data?.stage).toBe('quote');

    const back = await move(deal.id, 'new');
    expect(back.response.status).toBe(409);
    expect(back.error).toMatchObject({
      type: '/problems/transition-refused',
      detail: '"Quote" does not allow moving back to "New"',
      code: expect.any(String),
    });
    expect((await read(deal.id)).stage).toBe('quote');
    expect((await history(deal.id)).map((c) => c.to)).toEqual(['new', 'quote']);

    expect((await move(deal.id, 'negotiation')).response.status).toBe(200);
    const allowedBack = await move(deal.id, 'qualification'); // negotiation has allow_back
    expect(allowedBack.response.status).toBe(200);
    expect((await move(deal.id, 'qualification')).response.status).toBe(409); // already there
    const unknown = await move(deal.id, 'limbo');
    expect(unknown.response.status).toBe(422);
    expect(unknown.error?.detail).toMatch(/^to: stage "limbo" does not exist in b2b v4/);
    expect((await move(deal.id, 'quote', asM2)).response.status).toBe(403);

    const changes = await history(deal.id);
    expect(changes.map((c) => [c.from, c.to, c.cause])).toEqual([
      [null, 'new', 'created'],
      ['new', 'quote', 'manual'],
      ['quote', 'negotiation', 'manual'],
      ['negotiation', 'qualification', 'manual'],
    ]);
  });

  it('closes as won only when the invoice is paid, unless a head overrides', async () => {
    const deal = (await newDeal()).data!;
    const manager = await move(deal.id, 'won');
    expect(manager.response.status).toBe(409);
    expect(manager.error?.detail).toBe(
      'the invoice is not paid yet; only a head of sales can close an unpaid deal as won',
    );
    expect((await move(deal.id, 'won', asHead)).error?.detail).toBe(
      'the invoice is not paid yet; to close as won anyway, move with override',
    );
    const overridden = await move(deal.id, 'won', asHead, { override: true });
    expect(overridden.response.status).toBe(200);
    expect(overridden.data).toMatchObject({
      stage: 'won',
      outcome: 'won',
      wonAmount: '25000.00',
      closedAt: expect.any(String),
    });
    expect((await history(deal.id)).pop()).toMatchObject({
      to: 'won',
      cause: 'manual (override)',
      byUserId: head.id,
    });
    expect((await move(deal.id, 'lost', asHead)).error?.detail).toMatch(/already closed/);

    // A paid invoice of the deal lets the manager close it: the payment reaches the deal's workflow.
    const paid = (await newDeal()).data!;
    const invoice = await asM1.POST('/api/v1/invoices', {
      body: {
        currency: 'USD',
        dealId: paid.id,
        dueDate: '2026-12-31',
        rows: [{ name: 'Licence', quantity: '1', unitPrice: '25000' }],
      },
    });
    expect(invoice.response.status).toBe(201);
    expect(invoice.data?.dealId).toBe(paid.id);
    const bank = await system.user('integration');
    const { data: key } = await asAdmin.POST('/api/v1/users/{id}/api-keys', {
      params: { path: { id: bank.id } },
      body: { name: 'bank' },
    });
    const raw = JSON.stringify({
      externalId: 'deals-test-1',
      invoiceNumber: invoice.data!.number,
      amount: '25000.00',
      currency: 'USD',
      paidAt: new Date().toISOString(),
    });
    const ts = Math.floor(Date.now() / 1000);
    const paidResponse = await fetch(`${system.baseUrl}/api/v1/integrations/payments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${key!.key}`,
        'x-voronka-timestamp': String(ts),
        // The raw bytes are signed: sent as they are, not through the client's serializer.
        'x-voronka-signature': signWebhook(key!.signingSecret!, ts, raw),
      },
      body: raw,
    });
    expect(paidResponse.status).toBe(201);
    const won = await move(paid.id, 'won');
    expect(won.response.status).toBe(200);
    expect(won.data?.outcome).toBe('won');
  });

  it('lists deals by pipeline and stage, sorted by amount, page by page', async () => {
    for (const amount of ['10.00', '30.00', '20.00'])
      await newDeal({ title: `Sorted ${amount}`, amount, pipelineId: 'services' }, asM2);
    const query = { pipelineId: 'services', stage: 'request', sort: '-amount', limit: 2 };
    const { data: page1 } = await asM2.GET('/api/v1/deals', { params: { query } });
    expect(page1!.items.map((d) => d.amount)).toEqual(['30.00', '20.00']);
    expect(page1!.total).toBe(3);
    const { data: page2 } = await asM2.GET('/api/v1/deals', {
      params: { query: { ...query, cursor: page1!.nextCursor! } },
    });
    expect(page2!.items.map((d) => d.amount)).toEqual(['10.00']);
    expect(page2!.nextCursor).toBeNull();
    const { data: byHead } = await asHead.GET('/api/v1/deals', {
      params: { query: { pipelineId: 'services', limit: 200 } },
    });
    expect(byHead!.total).toBeGreaterThanOrEqual(4);
  });
});
