import { pdfText } from './support/pdf-text';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/** Products, quotes and invoices: exact money, server-computed totals, gap-free numbers. */
describe('products, quotes and invoices', () => {
  let system: TestSystem;
  let ops: TestUser, m1: TestUser, m2: TestUser;
  let licence: { id: string }, euroThing: { id: string };
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    ops = await system.user('salesops');
    m1 = await system.user('manager');
    m2 = await system.user('manager');
    licence = (
      await system.call(
        'POST',
        '/api/v1/products',
        {
          name: 'CRM licence',
          sku: 'LIC-1',
          price: '1200.00',
          currency: 'USD',
          taxRate: '20',
          unit: 'seat',
        },
        { key: ops.key },
      )
    ).body;
    euroThing = (
      await system.call(
        'POST',
        '/api/v1/products',
        { name: 'Euro service', sku: 'EU-1', price: '99.90', currency: 'EUR' },
        { key: ops.key },
      )
    ).body;
  });
  afterAll(async () => {
    await system?.close();
  });

  it('keeps a product catalogue that sales ops maintain and everyone reads', async () => {
    expect(licence).toMatchObject({
      name: 'CRM licence',
      sku: 'LIC-1',
      price: '1200.0000',
      currency: 'USD',
      taxRate: '20.00',
      taxIncluded: false,
      unit: 'seat',
    });
    expect(
      (
        await system.call(
          'POST',
          '/api/v1/products',
          { name: 'X', sku: 'X-1', price: '1', currency: 'USD' },
          { key: m1.key },
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await system.call(
          'POST',
          '/api/v1/products',
          { name: 'Dup', sku: 'LIC-1', price: '1', currency: 'USD' },
          { key: ops.key },
        )
      ).status,
    ).toBe(409);
    const float = await system.call(
      'POST',
      '/api/v1/products',
      { name: 'Float', sku: 'F-1', price: 12.5, currency: 'usd', taxRate: '120' },
      { key: ops.key },
    );
    expect(float.status).toBe(400);
    expect(float.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'price', problem: 'price must be a decimal string like "1234.50", not a number' },
        { field: 'currency', problem: 'currency must be an ISO 4217 code, like USD or EUR' },
        {
          field: 'taxRate',
          problem: 'taxRate must be a percentage from 0 to 100 with at most 2 decimals',
        },
      ]),
    );
    const found = await system.call('GET', '/api/v1/products?q=lic', undefined, { key: m1.key });
    expect(found.body.items.map((p: { sku: string }) => p.sku)).toEqual(['LIC-1']);
  });

  it('computes rows and totals on the server, numbering the quote', async () => {
    const quote = await system.call(
      'POST',
      '/api/v1/quotes',
      {
        currency: 'USD',
        validUntil: '2026-12-31',
        rows: [
          { productId: licence.id, quantity: '3', discountPercent: '10' },
          {
            name: 'Onboarding',
            unit: 'h',
            quantity: '2.5',
            unitPrice: '150',
            taxRate: '20',
            taxIncluded: true,
          },
        ],
      },
      { key: m1.key },
    );
    expect(quote.status).toBe(201);
    expect(quote.body.number).toMatch(new RegExp(`^Q-${year}-\\d{5}$`));
    expect(quote.body).toMatchObject({
      status: 'draft',
      currency: 'USD',
      validUntil: '2026-12-31',
      responsibleId: m1.id,
    });
    expect(quote.body.rows).toEqual([
      expect.objectContaining({
        position: 1,
        productId: licence.id,
        name: 'CRM licence',
        unit: 'seat',
        quantity: '3.000',
        unitPrice: '1200.0000',
        discountPercent: '10.00',
        taxRate: '20.00',
        gross: '3600.00',
        discount: '360.00',
        net: '3240.00',
        tax: '648.00',
        total: '3888.00',
      }),
      // 375.00 including 20 %: tax = 375 × 20 / 120 = 62.50.
      expect.objectContaining({
        position: 2,
        productId: null,
        name: 'Onboarding',
        unit: 'h',
        gross: '375.00',
        discount: '0.00',
        net: '312.50',
        tax: '62.50',
        total: '375.00',
      }),
    ]);
    expect(quote.body.totals).toEqual({
      gross: '3975.00',
      discount: '360.00',
      net: '3552.50',
      tax: '710.50',
      total: '4263.00',
    });
  });

  it("answers every decimal string at its field's scale, never trimmed", async () => {
    const product = await system.call(
      'POST',
      '/api/v1/products',
      { name: 'Half', sku: 'HALF-1', price: '100.50', currency: 'USD', taxRate: '7.5' },
      { key: ops.key },
    );
    expect(product.status).toBe(201);
    expect(product.body).toMatchObject({ price: '100.5000', taxRate: '7.50' });
    const read = await system.call('GET', `/api/v1/products/${product.body.id}`);
    expect(read.body).toMatchObject({ price: '100.5000', taxRate: '7.50' });
    const listed = await system.call('GET', '/api/v1/products?q=HALF');
    expect(listed.body.items[0]).toMatchObject({ price: '100.5000', taxRate: '7.50' });
    // Amounts at the currency's minor units (ISO 4217): JPY 0, KWD 3, USD 2.
    const expectations: [string, string, string, string][] = [
      ['JPY', '1500', '3000', '3300'],
      ['KWD', '1.25', '2.500', '2.750'],
      ['USD', '0.1', '0.20', '0.22'],
    ];
    for (const [currency, unitPrice, net, total] of expectations) {
      const quote = await system.call(
        'POST',
        '/api/v1/quotes',
        { currency, rows: [{ name: 'Thing', quantity: '2', unitPrice, taxRate: '10' }] },
        { key: m1.key },
      );
      expect(quote.status).toBe(201);
      const row = quote.body.rows[0];
      expect([row.quantity, row.unitPrice, row.discountPercent, row.taxRate]).toEqual([
        '2.000',
        Number(unitPrice).toFixed(4),
        '0.00',
        '10.00',
      ]);
      expect([row.net, row.total, quote.body.totals.net, quote.body.totals.total]).toEqual([
        net,
        total,
        net,
        total,
      ]);
    }
  });

  it('refuses mixed currencies and incomplete rows, writing nothing and using no number', async () => {
    const before = await system.call(
      'POST',
      '/api/v1/quotes',
      { currency: 'USD', rows: [{ name: 'A', quantity: '1', unitPrice: '1' }] },
      { key: m1.key },
    );
    const mixed = await system.call(
      'POST',
      '/api/v1/quotes',
      { currency: 'USD', rows: [{ productId: euroThing.id, quantity: '1' }] },
      { key: m1.key },
    );
    expect(mixed.status).toBe(422);
    expect(mixed.body.detail).toBe(
      'rows.0.productId: EU-1 is priced in EUR, the document is in USD; mixed currencies are refused',
    );
    expect(mixed.body).toMatchObject({
      type: '/problems/invalid-fields',
      errors: [
        {
          field: 'rows.0.productId',
          problem: 'EU-1 is priced in EUR, the document is in USD; mixed currencies are refused',
        },
      ],
    });
    const incomplete = await system.call(
      'POST',
      '/api/v1/quotes',
      { currency: 'USD', rows: [{ quantity: '1' }] },
      { key: m1.key },
    );
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.detail).toContain('rows.0.name: a row without a product needs a name');
    const badRow = await system.call(
      'POST',
      '/api/v1/quotes',
      { currency: 'USD', rows: [{ name: 'A', quantity: '0', unitPrice: '1.5' }] },
      { key: m1.key },
    );
    expect(badRow.status).toBe(400);
    expect(badRow.body.errors[0].field).toBe('rows.0.quantity');
    const after = await system.call(
      'POST',
      '/api/v1/quotes',
      { currency: 'USD', rows: [{ name: 'B', quantity: '1', unitPrice: '1' }] },
      { key: m1.key },
    );
    const seq = (n: string) => Number(n.split('-')[2]);
    expect(seq(after.body.number)).toBe(seq(before.body.number) + 1);
  });

  it('numbers 50 concurrent quotes uniquely and without gaps', async () => {
    const first = await system.call('POST', '/api/v1/quotes', {
      currency: 'USD',
      rows: [{ name: 'first', quantity: '1', unitPrice: '1' }],
    });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        system.call('POST', '/api/v1/quotes', {
          currency: 'USD',
          rows: [{ name: `q${i}`, quantity: '1', unitPrice: '10' }],
        }),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const numbers = results.map((r) => Number(r.body.number.split('-')[2])).sort((a, b) => a - b);
    const start = Number(first.body.number.split('-')[2]) + 1;
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => start + i));
  });

  it('issues invoices on their own number sequence', async () => {
    const invoice = await system.call(
      'POST',
      '/api/v1/invoices',
      { currency: 'USD', dueDate: '2026-12-15', rows: [{ productId: licence.id, quantity: '1' }] },
      { key: m1.key },
    );
    expect(invoice.status).toBe(201);
    expect(invoice.body.number).toBe(`INV-${year}-00001`);
    expect(invoice.body).toMatchObject({
      status: 'draft',
      dueDate: '2026-12-15',
      amountPaid: '0.00',
      quoteId: null,
      totals: { total: '1440.00' },
    });
    const noDue = await system.call('POST', '/api/v1/invoices', {
      currency: 'USD',
      rows: [{ productId: licence.id, quantity: '1' }],
    });
    expect(noDue.status).toBe(400);
    expect(noDue.body.errors[0]).toEqual({
      field: 'dueDate',
      problem: 'dueDate must be a date like 2026-12-31',
    });
  });

  it('recomputes a draft on change, with optimistic concurrency and access by role', async () => {
    const quote = await system.call(
      'POST',
      '/api/v1/quotes',
      { currency: 'USD', rows: [{ productId: licence.id, quantity: '1' }] },
      { key: m1.key },
    );
    const etag = quote.headers.get('etag')!;
    const changed = await system.call(
      'PATCH',
      `/api/v1/quotes/${quote.body.id}`,
      { rows: [{ productId: licence.id, quantity: '2' }] },
      { key: m1.key, headers: { 'if-match': etag } },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.totals.total).toBe('2880.00');
    expect(changed.body.number).toBe(quote.body.number);
    expect(changed.body.rows).toHaveLength(1);
    const stale = await system.call(
      'PATCH',
      `/api/v1/quotes/${quote.body.id}`,
      { notes: 'late' },
      { key: m1.key, headers: { 'if-match': etag } },
    );
    expect(stale.status).toBe(409);
    expect(
      (await system.call('GET', `/api/v1/quotes/${quote.body.id}`, undefined, { key: m2.key }))
        .status,
    ).toBe(403);
    expect(
      (await system.call('GET', `/api/v1/quotes/${quote.body.id}`, undefined, { key: ops.key }))
        .status,
    ).toBe(200);
    const mine = await system.call('GET', '/api/v1/quotes?limit=200', undefined, { key: m2.key });
    expect(mine.body.total).toBe(0);
    const currencyOnly = await system.call(
      'PATCH',
      `/api/v1/quotes/${quote.body.id}`,
      { currency: 'EUR' },
      { key: m1.key },
    );
    expect(currencyOnly.status).toBe(422);
  });

  it('renders a quote and an invoice as PDF, with seller, buyer, rows and totals', async () => {
    const company = (
      await system.call(
        'POST',
        '/api/v1/companies',
        { name: 'Buyer Works GmbH', address: 'Hauptstr. 1, Berlin' },
        { key: m1.key },
      )
    ).body;
    const quote = await system.call(
      'POST',
      '/api/v1/quotes',
      {
        currency: 'USD',
        companyId: company.id,
        validUntil: '2026-12-31',
        rows: [
          { productId: licence.id, quantity: '2' },
          { name: 'Setup', quantity: '1', unitPrice: '99.99', taxRate: '7' },
        ],
      },
      { key: m1.key },
    );
    const pdf = await fetch(`${system.baseUrl}/api/v1/quotes/${quote.body.id}/pdf`, {
      headers: { authorization: `Bearer ${m1.key}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(
      `inline; filename="${quote.body.number}.pdf"`,
    );
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const lines = pdfText(bytes);
    expect(lines).toEqual(
      expect.arrayContaining([
        `Quote ${quote.body.number}`,
        'Voronka Demo Ltd', // the seller, from the configuration
        'Buyer Works GmbH',
        'Hauptstr. 1, Berlin',
        'Valid until: 2026-12-31',
        'Setup',
        'Tax 7 %',
        'Tax 20 %',
      ]),
    );
    // Totals as people read money: grouped, the currency's decimals (DEFAULT_LOCALE en-US).
    const total = Number(quote.body.totals.total).toLocaleString('en-US', {
      minimumFractionDigits: 2,
    });
    expect(lines).toContain(`USD\u00a0${total}`);
    expect(
      (await system.call('GET', `/api/v1/quotes/${quote.body.id}/pdf`, undefined, { key: m2.key }))
        .status,
    ).toBe(403);

    const invoice = await system.call(
      'POST',
      '/api/v1/invoices',
      { currency: 'USD', dueDate: '2027-01-15', rows: [{ productId: licence.id, quantity: '1' }] },
      { key: m1.key },
    );
    const invoicePdf = Buffer.from(
      await (
        await fetch(`${system.baseUrl}/api/v1/invoices/${invoice.body.id}/pdf`, {
          headers: { authorization: `Bearer ${m1.key}` },
        })
      ).arrayBuffer(),
    );
    expect(pdfText(invoicePdf)).toEqual(
      expect.arrayContaining([
        `Invoice ${invoice.body.number}`,
        'Due date: 2027-01-15',
        'USD\u00a01,440.00',
      ]),
    );
  });
});
