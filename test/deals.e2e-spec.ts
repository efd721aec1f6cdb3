import { signWebhook } from '../libs/crm/payments/webhook-signature';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/** Deals in the shipped pipelines: created in the first stage, moved only as the rules allow. */
describe('deals and their stages', () => {
  let system: TestSystem;
  let m1: TestUser, m2: TestUser, head: TestUser;

  beforeAll(async () => {
    system = await startTestSystem();
    const team = (await system.call('POST', '/api/v1/teams', { name: 'Deals team' })).body.id;
    m1 = await system.user('manager', { teamId: team });
    m2 = await system.user('manager', { teamId: team });
    head = await system.user('head', { teamId: team });
  });
  afterAll(async () => {
    await system?.close();
  });

  const newDeal = async (body: Record<string, unknown> = {}, key = m1.key) =>
    system.call(
      'POST',
      '/api/v1/deals',
      { title: 'ACME rollout', pipelineId: 'b2b', amount: '25000.00', ...body },
      { key },
    );
  const move = (id: string, to: string, key = m1.key, extra: Record<string, unknown> = {}) =>
    system.call('POST', `/api/v1/deals/${id}/move`, { to, ...extra }, { key });
  const history = async (id: string) =>
    (await system.call('GET', `/api/v1/deals/${id}/history`, undefined, { key: m1.key })).body;

  it('starts a deal in the first stage of the latest rules, with the pipeline currency', async () => {
    const deal = await newDeal();
    expect(deal.status).toBe(201);
    expect(deal.body).toMatchObject({
      pipelineId: 'b2b',
      rulesVersion: 2,
      stage: 'new',
      outcome: 'open',
      amount: '25000.00',
      currency: 'USD',
      responsibleId: m1.id,
    });
    expect(await history(deal.body.id)).toEqual([
      {
        from: null,
        to: 'new',
        at: expect.any(String),
        byUserId: m1.id,
        cause: 'created',
        ruleSetId: 'b2b',
        rulesVersion: 2,
      },
    ]);
  });

  it('refuses unknown pipelines, lead rules and foreign currencies', async () => {
    expect((await newDeal({ pipelineId: 'nope' })).body.detail).toBe(
      'pipelineId: no published pipeline "nope"',
    );
    expect((await newDeal({ pipelineId: 'leads' })).status).toBe(422);
    const eur = await newDeal({ currency: 'EUR' });
    expect(eur.status).toBe(422);
    expect(eur.body.detail).toBe('currency: deals of "b2b" are in USD, not EUR');
    expect((await newDeal({ pipelineId: 'services' })).body.currency).toBe('EUR');
    const float = await newDeal({ amount: 100.5 });
    expect(float.status).toBe(400);
    expect(float.body.errors[0].field).toBe('amount');
  });

  it('never changes the stage by a plain update', async () => {
    const deal = await newDeal();
    const sneaky = await system.call(
      'PATCH',
      `/api/v1/deals/${deal.body.id}`,
      { stage: 'won', amount: '1.00' },
      { key: m1.key },
    );
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.errors).toEqual([
      {
        field: 'stage',
        problem:
          'stage changes only through POST /api/v1/deals/:id/move, which checks the pipeline rules',
      },
    ]);
    const read = await system.call('GET', `/api/v1/deals/${deal.body.id}`, undefined, {
      key: m1.key,
    });
    expect(read.body).toMatchObject({ stage: 'new', amount: '25000.00' });
    const ok = await system.call(
      'PATCH',
      `/api/v1/deals/${deal.body.id}`,
      { amount: '26000.50', probability: 40 },
      { key: m1.key },
    );
    expect(ok.body).toMatchObject({
      amount: '26000.50',
      probability: 40,
      stage: 'new',
      version: 2,
    });
  });

  it('moves forward, and back only where the stage allows it; a refused move changes nothing', async () => {
    const { body: deal } = await newDeal();
    const forward = await move(deal.id, 'quote');
    expect(forward.status).toBe(200);
    expect(forward.body.stage).toBe('quote');

    const back = await move(deal.id, 'new');
    expect(back.status).toBe(409);
    expect(back.body.detail).toBe('"Quote" does not allow moving back to "New"');
    expect(
      (await system.call('GET', `/api/v1/deals/${deal.id}`, undefined, { key: m1.key })).body.stage,
    ).toBe('quote');
    expect((await history(deal.id)).map((c: { to: string }) => c.to)).toEqual(['new', 'quote']);

    expect((await move(deal.id, 'negotiation')).status).toBe(200);
    const allowedBack = await move(deal.id, 'qualification'); // negotiation has allow_back
    expect(allowedBack.status).toBe(200);
    expect((await move(deal.id, 'qualification')).status).toBe(409); // already there
    const unknown = await move(deal.id, 'limbo');
    expect(unknown.status).toBe(422);
    expect(unknown.body.detail).toMatch(/^to: stage "limbo" does not exist in b2b v2/);
    expect((await move(deal.id, 'quote', m2.key)).status).toBe(403);

    const changes = await history(deal.id);
    expect(
      changes.map((c: { from: string | null; to: string; cause: string }) => [
        c.from,
        c.to,
        c.cause,
      ]),
    ).toEqual([
      [null, 'new', 'created'],
      ['new', 'quote', 'manual'],
      ['quote', 'negotiation', 'manual'],
      ['negotiation', 'qualification', 'manual'],
    ]);
  });

  it('closes as won only when the invoice is paid, unless a head overrides', async () => {
    const { body: deal } = await newDeal();
    const manager = await move(deal.id, 'won');
    expect(manager.status).toBe(409);
    expect(manager.body.detail).toBe(
      'the invoice is not paid yet; only a head of sales can close an unpaid deal as won',
    );
    expect((await move(deal.id, 'won', head.key)).body.detail).toBe(
      'the invoice is not paid yet; to close as won anyway, move with override',
    );
    const overridden = await move(deal.id, 'won', head.key, { override: true });
    expect(overridden.status).toBe(200);
    expect(overridden.body).toMatchObject({
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
    expect((await move(deal.id, 'lost', head.key)).body.detail).toMatch(/already closed/);

    // A paid invoice of the deal lets the manager close it: the payment reaches the deal's workflow.
    const { body: paid } = await newDeal();
    const invoice = await system.call(
      'POST',
      '/api/v1/invoices',
      {
        currency: 'USD',
        dealId: paid.id,
        dueDate: '2026-12-31',
        rows: [{ name: 'Licence', quantity: '1', unitPrice: '25000' }],
      },
      { key: m1.key },
    );
    expect(invoice.status).toBe(201);
    expect(invoice.body.dealId).toBe(paid.id);
    const bank = await system.user('integration');
    const key = await system.call('POST', `/api/v1/users/${bank.id}/api-keys`, { name: 'bank' });
    const raw = JSON.stringify({
      externalId: 'deals-test-1',
      invoiceNumber: invoice.body.number,
      amount: '25000.00',
      currency: 'USD',
      paidAt: new Date().toISOString(),
    });
    const ts = Math.floor(Date.now() / 1000);
    const paidResponse = await fetch(`${system.baseUrl}/api/v1/integrations/payments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${key.body.key}`,
        'x-voronka-timestamp': String(ts),
        'x-voronka-signature': signWebhook(key.body.signingSecret, ts, raw),
      },
      body: raw,
    });
    expect(paidResponse.status).toBe(201);
    const won = await move(paid.id, 'won');
    expect(won.status).toBe(200);
    expect(won.body.outcome).toBe('won');
  });

  it('lists deals by pipeline and stage, sorted by amount, page by page', async () => {
    for (const amount of ['10.00', '30.00', '20.00'])
      await newDeal({ title: `Sorted ${amount}`, amount, pipelineId: 'services' }, m2.key);
    const page1 = await system.call(
      'GET',
      '/api/v1/deals?pipelineId=services&stage=request&sort=-amount&limit=2',
      undefined,
      { key: m2.key },
    );
    expect(page1.body.items.map((d: { amount: string }) => d.amount)).toEqual(['30.00', '20.00']);
    expect(page1.body.total).toBe(3);
    const page2 = await system.call(
      'GET',
      `/api/v1/deals?pipelineId=services&stage=request&sort=-amount&limit=2&cursor=${page1.body.nextCursor}`,
      undefined,
      { key: m2.key },
    );
    expect(page2.body.items.map((d: { amount: string }) => d.amount)).toEqual(['10.00']);
    expect(page2.body.nextCursor).toBeNull();
    const byHead = await system.call(
      'GET',
      '/api/v1/deals?pipelineId=services&limit=200',
      undefined,
      { key: head.key },
    );
    expect(byHead.body.total).toBeGreaterThanOrEqual(4);
  });
});
