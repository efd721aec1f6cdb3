import { DocumentEffects } from '../libs/automation/effects/document.effects';
import { signWebhook } from '../libs/crm/payments/webhook-signature';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

const template = (subject: string, body: string) => `---\nsubject: '${subject}'\n---\n${body}\n`;

/** Dunning: an overdue invoice gets a call and an email; an expired quote loses the deal. */
const DUNNING_RULES = {
  'rules.yaml': `kind: pipeline
id: dunning
name: Dunning
version: 1
currency: USD
stages:
  - id: open
    transitions:
      - { to: dunning, on: invoice_overdue }
      - { to: lost, on: quote_expired }
      - { to: won, on: invoice_paid }
  - id: dunning
    on_enter:
      - create_activity: { type: call, subject: 'Chase payment: {{deal.title}}', due: 1d }
      - send_email: { template: overdue, to: contact }
    transitions:
      - { to: won, on: invoice_paid }
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`,
  'templates/overdue.hbs': template(
    'Your invoice for {{deal.title}} is overdue',
    '<p>Dear {{contact.name}}, a friendly reminder.</p>',
  ),
};

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

/**
 * The life of invoices and quotes after they are written, on the real system: an invoice unpaid
 * past its due date becomes overdue through its deal's workflow and the rules dun, a quote past
 * its validity expires, a head or an admin cancels an invoice with a reason, and an admin matches
 * an unmatched payment to its invoice, once.
 */
describe('invoice lifecycle, quote expiry and unmatched payments', () => {
  let system: TestSystem;
  let head: TestUser, m1: TestUser, otherHead: TestUser;
  let bot: { key: string; secret: string };
  let contactId: string;

  beforeAll(async () => {
    system = await startTestSystem();
    const published = await system.call('POST', '/api/v1/rules/publish', {
      files: DUNNING_RULES,
    });
    expect(published.status).toBe(201);
    const teamA = (await system.call('POST', '/api/v1/teams', { name: 'Team A' })).body.id;
    const teamB = (await system.call('POST', '/api/v1/teams', { name: 'Team B' })).body.id;
    head = await system.user('head', { teamId: teamA });
    otherHead = await system.user('head', { teamId: teamB });
    m1 = await system.user('manager', { teamId: teamA });
    const botUser = await system.call('POST', '/api/v1/users', {
      name: 'Bank',
      email: 'bank@lifecycle.test',
      role: 'integration',
    });
    const issued = await system.call('POST', `/api/v1/users/${botUser.body.id}/api-keys`, {
      name: 'bank webhook',
    });
    bot = { key: issued.body.key, secret: issued.body.signingSecret };
    contactId = (
      await system.call(
        'POST',
        '/api/v1/contacts',
        { firstName: 'Olga', lastName: 'Payer', email: 'olga@customer.test' },
        { key: m1.key },
      )
    ).body.id;
  }, 60_000);
  afterAll(async () => {
    await system?.close();
  });

  const newDeal = async (title: string) => {
    const created = await system.call(
      'POST',
      '/api/v1/deals',
      { title, pipelineId: 'dunning', amount: '100.00', contactId },
      { key: m1.key },
    );
    expect(created.status).toBe(201);
    await automationOf(created.body.id, 'the workflow started', (v) => v.stage === 'open');
    return created.body.id as string;
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type View = any;
  const automationOf = (dealId: string, what: string, test: (v: View) => boolean) =>
    eventually(what, async () => {
      const v = await system.call('GET', `/api/v1/deals/${dealId}/automation`);
      return v.status === 200 && test(v.body) ? (v.body as View) : undefined;
    });
  const invoiceFor = async (dealId: string | null, dueDate: string, unitPrice = '100.00') => {
    const created = await system.call(
      'POST',
      '/api/v1/invoices',
      {
        currency: 'USD',
        dueDate,
        ...(dealId ? { dealId } : {}),
        rows: [{ name: 'Licence', quantity: '1', unitPrice }],
      },
      { key: m1.key },
    );
    expect(created.status).toBe(201);
    return created.body as { id: string; number: string; version: number };
  };
  const invoice = async (id: string) => (await system.call('GET', `/api/v1/invoices/${id}`)).body;
  const deliver = async (body: Record<string, unknown>) => {
    const raw = JSON.stringify(body);
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(`${system.baseUrl}/api/v1/integrations/payments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${bot.key}`,
        'x-voronka-timestamp': String(timestamp),
        'x-voronka-signature': signWebhook(bot.secret, timestamp, raw),
      },
      body: raw,
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: response.status, body: (await response.json()) as any };
  };
  let payments = 0;
  const pay = (invoiceNumber: string, amount: string, currency = 'USD') =>
    deliver({
      externalId: `pay-${++payments}`,
      invoiceNumber,
      amount,
      currency,
      paidAt: new Date().toISOString(),
    });

  it('makes an invoice unpaid past its due date overdue, and the rules dun the customer', async () => {
    const dealId = await newDeal('Overdue rollout');
    // Due today: payable until the end of the day, which the deal's workflow waits for.
    const dueToday = await invoiceFor(dealId, day(0));
    const waiting = await automationOf(dealId, 'the deadline known', (v) =>
      v.documentDeadlines.some((d: View) => d.documentId === dueToday.id),
    );
    const endOfToday = new Date(`${day(1)}T00:00:00.000Z`).toISOString();
    expect(waiting.documentDeadlines).toEqual([
      { document: 'invoice', documentId: dueToday.id, at: endOfToday },
    ]);
    expect((await invoice(dueToday.id)).status).toBe('draft');

    // Due yesterday: overdue as soon as the workflow hears of it.
    const late = await invoiceFor(dealId, day(-1));
    const dunning = await automationOf(dealId, 'the dunning stage', (v) => v.stage === 'dunning');
    const overdue = await invoice(late.id);
    expect(overdue).toMatchObject({ status: 'overdue', overdueAt: expect.any(String) });
    expect(overdue.version).toBeGreaterThan(late.version);
    expect(dunning.lastEvents.map((e: View) => e.rule)).toContain('event:invoice_overdue');
    const event = dunning.lastEvents.find((e: View) => e.rule === 'event:invoice_overdue');
    expect(event.what).toBe(`invoice ${late.number} overdue`);
    expect(event.caused.map((c: View) => c.action)).toEqual([
      null,
      'create_activity',
      'send_email',
    ]);
    const activities = await eventually('the dunning call', async () => {
      const list = await system.call('GET', `/api/v1/activities?dealId=${dealId}`);
      return list.body.items.length > 0 ? list.body.items : undefined;
    });
    expect(activities[0]).toMatchObject({
      type: 'call',
      subject: 'Chase payment: Overdue rollout',
    });
    // The other invoice is still waited for; the deal's list shows the overdue one as such.
    expect(dunning.documentDeadlines.map((d: View) => d.documentId)).toEqual([dueToday.id]);
    const listed = await system.call('GET', `/api/v1/invoices?dealId=${dealId}&status=overdue`);
    expect(listed.body.items.map((i: View) => i.number)).toEqual([late.number]);

    // Paid late: paid all the same, and the rules take it from there.
    expect((await pay(late.number, '40.00')).status).toBe(201);
    expect((await invoice(late.id)).status).toBe('overdue'); // partly paid, still overdue
    expect((await pay(late.number, '60.00')).status).toBe(201);
    expect((await invoice(late.id)).status).toBe('paid');
    await automationOf(dealId, 'won', (v) => v.closed?.kind === 'won');
  });

  it('leaves a paid invoice as it is when its date comes (the effect finds it paid)', async () => {
    const dealId = await newDeal('Paid in time');
    const paid = await invoiceFor(dealId, day(0));
    expect((await pay(paid.number, '100.00')).status).toBe(201);
    // The lapse effect, as the workflow runs it at the end of the day: nothing to do.
    const effects = system.worker!.get(DocumentEffects, { strict: false });
    const result = await effects.lapseDocument({
      kind: 'deal',
      recordId: dealId,
      workflowId: `deal-${dealId}`,
      key: `invoice/${paid.id}/lapse@test`,
      ruleSetId: 'dunning',
      version: 1,
      document: 'invoice',
      documentId: paid.id,
      at: Date.now() + 2 * DAY,
    });
    expect(result).toMatchObject({ lapsed: false, number: paid.number, why: 'it is paid' });
    expect((await invoice(paid.id)).status).toBe('paid');
    // Nor does an unpaid one lapse before its date is over.
    const early = await invoiceFor(dealId, day(3));
    const notYet = await effects.lapseDocument({
      kind: 'deal',
      recordId: dealId,
      workflowId: `deal-${dealId}`,
      key: `invoice/${early.id}/lapse@test`,
      ruleSetId: 'dunning',
      version: 1,
      document: 'invoice',
      documentId: early.id,
      at: Date.now(),
    });
    expect(notYet.lapsed).toBe(false);
    expect((await invoice(early.id)).status).toBe('draft');
  });

  it('expires a quote unanswered past its validity date; an answered one is no longer waited for', async () => {
    const dealId = await newDeal('Expiring offer');
    const quote = (validUntil: string) =>
      system.call(
        'POST',
        '/api/v1/quotes',
        {
          currency: 'USD',
          dealId,
          validUntil,
          rows: [{ name: 'Offer', quantity: '1', unitPrice: '100.00' }],
        },
        { key: m1.key },
      );
    const answered = (await quote(day(0))).body;
    await automationOf(dealId, 'the quote waited for', (v) => v.documentDeadlines.length === 1);
    expect(
      (
        await system.call('POST', `/api/v1/quotes/${answered.id}/decline`, undefined, {
          key: m1.key,
        })
      ).status,
    ).toBe(200);
    // Declined: nothing expires it any more (and the rules did not react to a decline here).
    await automationOf(dealId, 'the quote forgotten', (v) => v.documentDeadlines.length === 0);

    const stale = (await quote(day(-1))).body;
    await automationOf(dealId, 'lost', (v) => v.closed?.kind === 'lost');
    const expired = (await system.call('GET', `/api/v1/quotes/${stale.id}`)).body;
    expect(expired).toMatchObject({ status: 'expired', expiredAt: expect.any(String) });
    expect((await system.call('GET', `/api/v1/quotes/${answered.id}`)).body.status).toBe(
      'declined',
    );
    // An expired quote is answered no more.
    const late = await system.call('POST', `/api/v1/quotes/${stale.id}/accept`, undefined, {
      key: m1.key,
    });
    expect(late.status).toBe(409);
  });

  it('lets a head of the team or an admin cancel an invoice with a reason, and nobody else', async () => {
    const dealId = await newDeal('Cancelling');
    const inv = await invoiceFor(dealId, day(5));
    await automationOf(dealId, 'the deadline known', (v) => v.documentDeadlines.length === 1);
    const cancel = (key: string | undefined, body: unknown, ifMatch?: string) =>
      system.call('POST', `/api/v1/invoices/${inv.id}/cancel`, body, {
        key,
        headers: ifMatch ? { 'if-match': ifMatch } : undefined,
      });
    expect((await cancel(m1.key, { reason: 'mine' })).status).toBe(403);
    expect((await cancel(otherHead.key, { reason: 'not my team' })).status).toBe(403);
    const noReason = await cancel(head.key, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.map((e: View) => e.field)).toContain('reason');
    expect((await cancel(head.key, { reason: '   ' })).status).toBe(400);
    const stale = await cancel(head.key, { reason: 'Twice' }, `"${inv.version + 5}"`);
    expect(stale.status).toBe(409);
    expect(stale.body.type).toMatch(/stale-version/);

    const cancelled = await cancel(head.key, { reason: 'Issued twice' }, `"${inv.version}"`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Issued twice',
      cancelledById: head.id,
      cancelledAt: expect.any(String),
    });
    expect(cancelled.headers.get('etag')).toBe(`"${cancelled.body.version}"`);
    // Cancelled: it becomes overdue never, takes no payment, and is cancelled once.
    await automationOf(dealId, 'the deadline gone', (v) => v.documentDeadlines.length === 0);
    const refused = await pay(inv.number, '10.00');
    expect(refused.status).toBe(422);
    expect((await cancel(undefined, { reason: 'again' })).status).toBe(409);

    // One that received money is not cancelled, not even by an admin.
    const paid = await invoiceFor(dealId, day(5));
    expect((await pay(paid.number, '30.00')).status).toBe(201);
    const conflict = await system.call('POST', `/api/v1/invoices/${paid.id}/cancel`, {
      reason: 'too late',
    });
    expect(conflict.status).toBe(409);
    expect(conflict.body.type).toMatch(/state-conflict/);
    expect((await invoice(paid.id)).status).toBe('partially_paid');
  });

  it('lets an admin match an unmatched payment to its invoice, once, and the deal hears of it', async () => {
    const dealId = await newDeal('Matched later');
    const inv = await invoiceFor(dealId, day(5));
    const unmatched = await pay('INV-TYPO-1', '100.00');
    expect(unmatched.status).toBe(202);
    const listed = await system.call('GET', '/api/v1/payments?status=unmatched');
    const payment = listed.body.items.find((p: View) => p.externalId === `pay-${payments}`);
    expect(payment).toMatchObject({ status: 'unmatched', invoiceId: null, matchedAt: null });

    const match = (key?: string, invoiceId = inv.id) =>
      system.call('POST', `/api/v1/payments/${payment.id}/match`, { invoiceId }, { key });
    expect((await match(m1.key)).status).toBe(403);
    expect((await match(head.key)).status).toBe(403);
    const badBody = await system.call('POST', `/api/v1/payments/${payment.id}/match`, {
      invoiceId: 'nope',
    });
    expect(badBody.status).toBe(400);
    expect(badBody.body.errors.map((e: View) => e.field)).toContain('invoiceId');

    // Five admins at once: applied once, the others told it is applied already.
    const answers = await Promise.all(Array.from({ length: 5 }, () => match()));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const applied = answers.find((a) => a.status === 200)!.body;
    expect(applied).toMatchObject({
      status: 'applied',
      invoiceId: inv.id,
      matchedAt: expect.any(String),
    });
    expect((await match()).status).toBe(409);
    expect(await invoice(inv.id)).toMatchObject({ status: 'paid', amountPaid: '100.00' });
    // The deal's workflow heard of it as of a payment the webhook matched: it is won.
    const won = await automationOf(dealId, 'won', (v) => v.closed?.kind === 'won');
    expect(won.lastEvents.map((e: View) => e.rule)).toEqual(
      expect.arrayContaining(['event:payment_received', 'event:invoice_paid']),
    );
    // The repeated delivery still answers what the webhook first answered.
    const repeat = await deliver({
      externalId: payment.externalId,
      invoiceNumber: 'INV-TYPO-1',
      amount: '100.00',
      currency: 'USD',
      paidAt: new Date().toISOString(),
    });
    expect(repeat.status).toBe(200);
    expect(repeat.body.status).toBe('unmatched');

    // A payment that does not fit the invoice is not matched to it.
    const euros = await pay('INV-TYPO-2', '5.00', 'EUR');
    const other = (await system.call('GET', '/api/v1/payments?status=unmatched')).body.items.find(
      (p: View) => p.externalId === `pay-${payments}`,
    );
    expect(euros.status).toBe(202);
    const second = await invoiceFor(dealId, day(5));
    const mismatch = await system.call('POST', `/api/v1/payments/${other.id}/match`, {
      invoiceId: second.id,
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.errors.map((e: View) => e.field)).toContain('currency');
    expect((await system.call('GET', `/api/v1/payments/${other.id}`)).body.status).toBe(
      'unmatched',
    );
  });
});
