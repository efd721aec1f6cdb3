import { signWebhook } from '../libs/crm/payments/webhook-signature';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/**
 * The payments webhook: signed deliveries, applied exactly once, partial payments adding up,
 * mismatches refused with the reason, unknown invoices kept for review; and payments read back.
 */
describe('payments', () => {
  let system: TestSystem;
  let m1: TestUser, m2: TestUser, ops: TestUser;
  let bot: { key: string; secret: string };
  let invoice: { id: string; number: string };

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    m1 = await system.user('manager');
    m2 = await system.user('manager');
    ops = await system.user('salesops');
    const botUser = await system.call('POST', '/api/v1/users', {
      name: 'Payment system',
      email: 'payments@bank.test',
      role: 'integration',
    });
    const issued = await system.call('POST', `/api/v1/users/${botUser.body.id}/api-keys`, {
      name: 'bank webhook',
    });
    expect(issued.body.signingSecret).toMatch(/^whsec_[\w-]{43}$/);
    bot = { key: issued.body.key, secret: issued.body.signingSecret };
    invoice = (
      await system.call(
        'POST',
        '/api/v1/invoices',
        {
          currency: 'USD',
          dueDate: '2026-12-31',
          rows: [{ name: 'Licences', quantity: '10', unitPrice: '120.00' }],
        },
        { key: m1.key },
      )
    ).body;
  });
  afterAll(async () => {
    await system?.close();
  });

  const now = () => Math.floor(Date.now() / 1000);
  /** A delivery as a payment system sends it: the raw body, signed. */
  const deliver = async (
    body: Record<string, unknown>,
    o: { secret?: string; timestamp?: number; signature?: string | null; key?: string } = {},
  ) => {
    const raw = JSON.stringify(body);
    const timestamp = o.timestamp ?? now();
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: `Bearer ${o.key ?? bot.key}`,
      'x-voronka-timestamp': String(timestamp),
    };
    const signature =
      o.signature === undefined ? signWebhook(o.secret ?? bot.secret, timestamp, raw) : o.signature;
    if (signature !== null) headers['x-voronka-signature'] = signature;
    const response = await fetch(`${system.baseUrl}/api/v1/integrations/payments`, {
      method: 'POST',
      headers,
      body: raw,
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      body: JSON.parse(text) as any,
    };
  };
  const payment = (
    externalId: string,
    amount: string | number,
    more: Record<string, unknown> = {},
  ) => ({
    externalId,
    invoiceNumber: invoice.number,
    amount,
    currency: 'USD',
    paidAt: '2026-11-28T10:00:00Z',
    ...more,
  });
  const invoiceNow = async () => (await system.call('GET', `/api/v1/invoices/${invoice.id}`)).body;
  const paymentCount = async () =>
    (await system.call('GET', '/api/v1/payments?limit=1')).body.total;

  it('refuses missing, wrong and stale signatures with 401, and changes nothing', async () => {
    const body = payment('pay-unsigned', '100.00');
    const cases = [
      await deliver(body, { signature: null }),
      await deliver(body, { secret: 'whsec_guessed' }),
      await deliver(body, { timestamp: now() - 3600 }),
      await deliver(body, { signature: 'sha256=' + '0'.repeat(64) }),
    ];
    expect(cases.map((c) => c.status)).toEqual([401, 401, 401, 401]);
    expect(cases[2].body.detail).toMatch(/x-voronka-timestamp: \d+ s away/);
    expect(cases[1].body.detail).toBe('x-voronka-signature: the signature does not match the body');
    // Signed for one body, sent with another.
    const raw = JSON.stringify(body);
    const ts = now();
    const swapped = await fetch(`${system.baseUrl}/api/v1/integrations/payments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${bot.key}`,
        'x-voronka-timestamp': String(ts),
        'x-voronka-signature': signWebhook(bot.secret, ts, raw),
      },
      body: raw.replace('100.00', '999.00'),
    });
    expect(swapped.status).toBe(401);
    // Only integration keys reach the webhook.
    expect((await deliver(body, { key: m1.key })).status).toBe(403);
    expect((await invoiceNow()).amountPaid).toBe('0.00');
    expect(await paymentCount()).toBe(0);
  });

  it('applies a partial payment once, however often it is delivered', async () => {
    const first = await deliver(payment('pay-1', '500.00'));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      externalId: 'pay-1',
      status: 'applied',
      amount: '500.00',
      invoice: {
        number: invoice.number,
        status: 'partially_paid',
        total: '1200.00',
        amountPaid: '500.00',
        outstanding: '700.00',
      },
    });
    const repeats = await Promise.all([1, 2, 3].map(() => deliver(payment('pay-1', '500.00'))));
    for (const repeat of repeats) {
      expect(repeat.status).toBe(200);
      expect(repeat.headers.get('idempotent-replayed')).toBe('true');
      expect(repeat.text).toBe(first.text); // byte for byte, keys in their order
    }
    expect(await invoiceNow()).toMatchObject({ amountPaid: '500.00', status: 'partially_paid' });
    expect(await paymentCount()).toBe(1);
  });

  it('refuses what does not fit the invoice, with the reason, and records nothing', async () => {
    const euros = await deliver(payment('pay-eur', '100.00', { currency: 'EUR' }));
    expect(euros.status).toBe(422);
    expect(euros.body.errors).toEqual([
      { field: 'currency', problem: `${invoice.number} is in USD, not EUR` },
    ]);
    const tooMuch = await deliver(payment('pay-big', '700.01'));
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.detail).toBe(
      `amount: 700.01 is more than the 700.00 USD outstanding on ${invoice.number}`,
    );
    const float = await deliver(payment('pay-float', 12.5));
    expect(float.status).toBe(400);
    expect(float.body.errors[0].field).toBe('amount');
    expect(await paymentCount()).toBe(1);
  });

  it('adds up partial payments to paid', async () => {
    const last = await deliver(payment('pay-2', '700.00'));
    expect(last.status).toBe(201);
    expect(last.body.invoice).toMatchObject({ status: 'paid', outstanding: '0.00' });
    expect(await invoiceNow()).toMatchObject({ amountPaid: '1200.00', status: 'paid' });
    const more = await deliver(payment('pay-3', '0.01'));
    expect(more.status).toBe(422);
  });

  it('keeps a payment for an unknown invoice as unmatched, for review', async () => {
    const stray = await deliver(payment('pay-stray', '42.00', { invoiceNumber: 'INV-1999-00001' }));
    expect(stray.status).toBe(202);
    expect(stray.body).toMatchObject({ status: 'unmatched', invoiceNumber: 'INV-1999-00001' });
    expect((await deliver(payment('pay-stray', '42.00'))).body).toEqual(stray.body);
    const unmatched = await system.call('GET', '/api/v1/payments?status=unmatched', undefined, {
      key: ops.key,
    });
    expect(unmatched.body.items).toEqual([
      expect.objectContaining({
        externalId: 'pay-stray',
        invoiceId: null,
        amount: '42.00',
        status: 'unmatched',
      }),
    ]);
  });

  it('shows payments to whoever may read their invoice', async () => {
    const list = async (u: TestUser) =>
      (await system.call('GET', '/api/v1/payments?sort=paidAt', undefined, { key: u.key })).body;
    const ofM1 = await list(m1);
    expect(ofM1.items.map((p: { externalId: string }) => p.externalId).sort()).toEqual([
      'pay-1',
      'pay-2',
    ]);
    expect((await list(m2)).items).toEqual([]);
    expect((await list(ops)).total).toBe(3);
    const one = ofM1.items[0];
    expect(
      (await system.call('GET', `/api/v1/payments/${one.id}`, undefined, { key: m1.key })).body,
    ).toEqual(one);
    expect(
      (await system.call('GET', `/api/v1/payments/${one.id}`, undefined, { key: m2.key })).status,
    ).toBe(403);
    const byInvoice = await system.call('GET', `/api/v1/payments?invoiceId=${invoice.id}`);
    expect(byInvoice.body.total).toBe(2);
    // Read only: no route changes a payment.
    expect(
      (await system.call('PATCH', `/api/v1/payments/${one.id}`, { amount: '1.00' })).status,
    ).toBe(404);
  });
});
