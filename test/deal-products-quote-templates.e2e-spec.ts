import { pdfText } from './support/pdf-text';
import { addressOf, startTestMailbox, type TestMailbox } from './support/smtp';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

const template = (subject: string, body: string) => `---\nsubject: '${subject}'\n---\n${body}\n`;

/** A pipeline whose quote stage sends a quote made from the quote template `standard`. */
const templatedPipeline = (quoteTemplate: string) => ({
  'rules.yaml': `kind: pipeline
id: templated
name: Templated quotes
version: 1
currency: USD
stages:
  - id: new
    transitions:
      - { to: quote, on: { field_changed: { field: deal.source, to: partner } } }
  - id: quote
    on_enter:
      - send_quote: { template: quote, valid_for: 14d, quote_template: ${quoteTemplate} }
    transitions:
      - { to: negotiation, on: quote_sent }
  - id: negotiation
    transitions:
      - { to: won, on: quote_accepted }
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`,
  'templates/quote.hbs': template(
    'Your quote {{quote.number}}',
    '<p>Dear {{contact.name}}, our quote {{quote.number}}: {{money quote.total quote.currency}}.</p>',
  ),
});

/**
 * Deal products (rows with the documents' money rules; the amount follows them unless set by
 * hand) and quote templates (kept by sales ops; a quote made from one for a deal, personalised;
 * named by the rules' send_quote), against PostgreSQL, Temporal and a real SMTP server.
 */
describe('deal products and quote templates', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;
  let ops: TestUser, m1: TestUser;
  let licence: { id: string }, euro: { id: string };
  let contact: { id: string }, company: { id: string };

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    system = await startTestSystem({ env: { SMTP_URL: mailbox.url } });
    ops = await system.user('salesops');
    m1 = await system.user('manager');
    const product = async (body: object) =>
      (await system.call('POST', '/api/v1/products', body, { key: ops.key })).body;
    licence = await product({
      name: 'CRM licence',
      sku: 'LIC-1',
      price: '1200.00',
      currency: 'USD',
      taxRate: '20',
      unit: 'seat',
    });
    euro = await product({ name: 'Euro thing', sku: 'EU-1', price: '10', currency: 'EUR' });
    company = (await system.call('POST', '/api/v1/companies', { name: 'Globex' }, { key: m1.key }))
      .body;
    contact = (
      await system.call(
        'POST',
        '/api/v1/contacts',
        { firstName: 'Anna', lastName: 'Petrova', email: 'anna@globex.test' },
        { key: m1.key },
      )
    ).body;
  });
  afterAll(async () => {
    await system?.close();
    await mailbox?.close();
  });

  const newDeal = async (body: object = {}, pipelineId = 'b2b') =>
    (
      await system.call(
        'POST',
        '/api/v1/deals',
        { title: 'Rollout', pipelineId, contactId: contact.id, companyId: company.id, ...body },
        { key: m1.key },
      )
    ).body;

  const rows = () => [
    { productId: licence.id, quantity: '3', discountPercent: '10' },
    {
      name: 'Onboarding',
      unit: 'h',
      quantity: '2.5',
      unitPrice: '150',
      taxRate: '20',
      taxIncluded: true,
    },
  ];

  it('keeps a deal’s product rows with the documents’ money rules, the amount following their total', async () => {
    const deal = await newDeal();
    expect(deal).toMatchObject({ amount: '0.00', amountManual: false });
    const empty = await system.call('GET', `/api/v1/deals/${deal.id}/products`, undefined, {
      key: m1.key,
    });
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ rows: [], amount: '0.00', amountManual: false });
    expect(empty.headers.get('etag')).toBe(`"${deal.version}"`);

    const put = await system.call(
      'PUT',
      `/api/v1/deals/${deal.id}/products`,
      { rows: rows() },
      { key: m1.key, headers: { 'If-Match': `"${deal.version}"` } },
    );
    expect(put.status).toBe(200);
    // 3 × 1200 = 3600, −10 % = 3240, +20 % tax = 648 → 3888; 2.5 h × 150 = 375 with 62.50 tax in it.
    expect(put.body.rows).toEqual([
      expect.objectContaining({
        position: 1,
        productId: licence.id,
        name: 'CRM licence',
        unit: 'seat',
        quantity: '3.000',
        unitPrice: '1200.0000',
        discount: '360.00',
        net: '3240.00',
        tax: '648.00',
        total: '3888.00',
      }),
      expect.objectContaining({
        position: 2,
        productId: null,
        name: 'Onboarding',
        net: '312.50',
        tax: '62.50',
        total: '375.00',
      }),
    ]);
    expect(put.body.totals).toEqual({
      gross: '3975.00',
      discount: '360.00',
      net: '3552.50',
      tax: '710.50',
      total: '4263.00',
    });
    expect(put.body).toMatchObject({ amount: '4263.00', amountManual: false });
    expect(put.body.version).toBeGreaterThan(deal.version);
    const read = await system.call('GET', `/api/v1/deals/${deal.id}`, undefined, { key: m1.key });
    expect(read.body).toMatchObject({ amount: '4263.00', amountManual: false });

    // A stale ETag changes nothing.
    const stale = await system.call(
      'PUT',
      `/api/v1/deals/${deal.id}/products`,
      { rows: [] },
      { key: m1.key, headers: { 'If-Match': `"${deal.version}"` } },
    );
    expect(stale.status).toBe(409);
    // A product in another currency, or a free row without a price, is refused, naming the row.
    const refused = await system.call(
      'PUT',
      `/api/v1/deals/${deal.id}/products`,
      {
        rows: [
          { productId: euro.id, quantity: '1' },
          { name: 'Free', quantity: '1' },
        ],
      },
      { key: m1.key },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      {
        field: 'rows.0.productId',
        problem: expect.stringContaining('mixed currencies are refused'),
      },
      { field: 'rows.1.unitPrice', problem: 'a row without a product needs a unit price' },
    ]);
    const malformed = await system.call(
      'PUT',
      `/api/v1/deals/${deal.id}/products`,
      { rows: [{ name: 'Float', quantity: 2, unitPrice: '1' }] },
      { key: m1.key },
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].field).toBe('rows.0.quantity');

    // Emptied, the amount follows: zero.
    const cleared = await system.call(
      'PUT',
      `/api/v1/deals/${deal.id}/products`,
      { rows: [] },
      { key: m1.key },
    );
    expect(cleared.body).toMatchObject({ rows: [], amount: '0.00' });
  });

  it('refuses product rows whose amounts reach 10^15, naming the row or the rows, and keeps the deal as it was', async () => {
    const deal = await newDeal();
    const put = (rows: object[]) =>
      system.call('PUT', `/api/v1/deals/${deal.id}/products`, { rows }, { key: m1.key });
    expect((await put(rows())).status).toBe(200);
    // 10^6 × 10^9 = 10^15: one more than the numeric(19, 4) columns hold.
    const row = await put([{ name: 'Everything', quantity: '1000000', unitPrice: '1000000000' }]);
    expect(row.status).toBe(422);
    expect(row.body.errors).toEqual([
      { field: 'rows.0.quantity', problem: expect.stringContaining('under 10^15') },
    ]);
    // Two rows of 6 × 10^14 each fit; their total does not.
    const half = { name: 'Half', quantity: '600000', unitPrice: '1000000000' };
    const total = await put([half, half]);
    expect(total.status).toBe(422);
    expect(total.body.errors).toEqual([
      { field: 'rows', problem: expect.stringContaining('under 10^15') },
    ]);
    const kept = await system.call('GET', `/api/v1/deals/${deal.id}/products`, undefined, {
      key: m1.key,
    });
    expect(kept.body.rows.map((r: { name: string }) => r.name)).toEqual([
      'CRM licence',
      'Onboarding',
    ]);
    expect(kept.body.amount).toBe('4263.00');
  });

  it('keeps an amount set by hand until told to follow the rows again', async () => {
    const byHand = await newDeal({ amount: '9000.00' });
    expect(byHand).toMatchObject({ amount: '9000.00', amountManual: true });
    const deal = await newDeal();
    await system.call(
      'PUT',
      `/api/v1/deals/${deal.id}/products`,
      { rows: rows() },
      { key: m1.key },
    );
    const patched = await system.call(
      'PATCH',
      `/api/v1/deals/${deal.id}`,
      { amount: '5000.00' },
      { key: m1.key },
    );
    expect(patched.body).toMatchObject({ amount: '5000.00', amountManual: true });
    const put = await system.call(
      'PUT',
      `/api/v1/deals/${deal.id}/products`,
      { rows: [rows()[0]] },
      { key: m1.key },
    );
    expect(put.body).toMatchObject({ amount: '5000.00', amountManual: true });
    expect(put.body.totals.total).toBe('3888.00');

    const both = await system.call(
      'PATCH',
      `/api/v1/deals/${deal.id}`,
      { amount: '1.00', amountManual: false },
      { key: m1.key },
    );
    expect(both.status).toBe(422);
    expect(both.body.errors[0].field).toBe('amountManual');

    const follow = await system.call(
      'PATCH',
      `/api/v1/deals/${deal.id}`,
      { amountManual: false },
      { key: m1.key },
    );
    expect(follow.status).toBe(200);
    expect(follow.body).toMatchObject({ amount: '3888.00', amountManual: false });
    const again = await system.call(
      'PUT',
      `/api/v1/deals/${deal.id}/products`,
      { rows: rows() },
      { key: m1.key },
    );
    expect(again.body).toMatchObject({ amount: '4263.00', amountManual: false });
  });

  let standard: { id: string; version: number };

  it('lets sales ops keep quote templates that everyone reads', async () => {
    const body = {
      code: 'standard',
      name: 'Standard licence offer',
      currency: 'USD',
      rows: [{ name: 'Setup fee', quantity: '1', unitPrice: '500' }],
      intro:
        'Dear {{contact.name}},\n\nhere is our offer for {{company_name}}: {{deal.title}}, {{money quote.total quote.currency}} in all.',
      terms: 'Valid until {{quote.valid_until}}. {{responsible.name}} is your contact.',
      validityDays: 30,
    };
    expect(
      (await system.call('POST', '/api/v1/quote-templates', body, { key: m1.key })).status,
    ).toBe(403);
    const created = await system.call('POST', '/api/v1/quote-templates', body, { key: ops.key });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...body, archivedAt: null, version: 1 });
    standard = created.body;
    expect(
      (await system.call('POST', '/api/v1/quote-templates', body, { key: ops.key })).status,
    ).toBe(409);

    const bad = await system.call(
      'POST',
      '/api/v1/quote-templates',
      {
        ...body,
        code: 'bad',
        intro: 'Hi {{contact.nickname}}',
        rows: [{ productId: euro.id, quantity: '1' }],
      },
      { key: ops.key },
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([
      { field: 'intro', problem: expect.stringContaining('unknown field "contact.nickname"') },
    ]);
    const badRows = await system.call(
      'POST',
      '/api/v1/quote-templates',
      { ...body, code: 'bad', rows: [{ productId: euro.id, quantity: '1' }] },
      { key: ops.key },
    );
    expect(badRows.status).toBe(422);
    expect(badRows.body.errors[0].field).toBe('rows.0.productId');

    const other = (
      await system.call(
        'POST',
        '/api/v1/quote-templates',
        {
          code: 'euro',
          name: 'Euro offer',
          currency: 'EUR',
          rows: [{ productId: euro.id, quantity: '2' }],
        },
        { key: ops.key },
      )
    ).body;
    const list = await system.call('GET', '/api/v1/quote-templates', undefined, { key: m1.key });
    expect(list.body.items.map((t: { code: string }) => t.code)).toEqual(['euro', 'standard']);

    const renamed = await system.call(
      'PATCH',
      `/api/v1/quote-templates/${standard.id}`,
      { name: 'Standard offer' },
      { key: ops.key, headers: { 'If-Match': `"${standard.version}"` } },
    );
    expect(renamed.body).toMatchObject({ name: 'Standard offer', code: 'standard', version: 2 });
    standard = renamed.body;

    const archived = await system.call('DELETE', `/api/v1/quote-templates/${other.id}`, undefined, {
      key: ops.key,
    });
    expect(archived.status).toBe(204);
    const after = await system.call('GET', '/api/v1/quote-templates', undefined, { key: m1.key });
    expect(after.body.items.map((t: { code: string }) => t.code)).toEqual(['standard']);
  });

  it('makes a quote for a deal from a template, personalised, then editable as any quote', async () => {
    const deal = await newDeal();
    await system.call(
      'PUT',
      `/api/v1/deals/${deal.id}/products`,
      { rows: rows() },
      { key: m1.key },
    );
    const made = await system.call(
      'POST',
      '/api/v1/quotes/from-template',
      { templateId: standard.id, dealId: deal.id },
      { key: m1.key },
    );
    expect(made.status).toBe(201);
    const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(made.body).toMatchObject({
      status: 'draft',
      currency: 'USD',
      dealId: deal.id,
      contactId: contact.id,
      companyId: company.id,
      responsibleId: m1.id,
      templateId: standard.id,
      validUntil,
      totals: { total: '4763.00' },
    });
    // The template's rows first, then the deal's.
    expect(made.body.rows.map((r: { name: string }) => r.name)).toEqual([
      'Setup fee',
      'CRM licence',
      'Onboarding',
    ]);
    expect(made.body.intro).toBe(
      'Dear Anna Petrova,\n\nhere is our offer for Globex: Rollout, $4,763.00 in all.',
    );
    expect(made.body.terms).toMatch(
      new RegExp(`^Valid until ${validUntil}\\. manager \\d+ is your contact\\.$`),
    );
    const pdf = await fetch(`${system.baseUrl}/api/v1/quotes/${made.body.id}/pdf`, {
      headers: { authorization: `Bearer ${m1.key}` },
    });
    const text = pdfText(Buffer.from(await pdf.arrayBuffer())).join('\n');
    expect(text).toContain('here is our offer for Globex');
    expect(text).toContain('is your contact');

    const edited = await system.call(
      'PATCH',
      `/api/v1/quotes/${made.body.id}`,
      { intro: 'Dear Anna, a shorter word.' },
      { key: m1.key },
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      intro: 'Dear Anna, a shorter word.',
      templateId: standard.id,
    });

    const only = await system.call(
      'POST',
      '/api/v1/quotes/from-template',
      { templateId: standard.id, dealId: deal.id, includeDealProducts: false },
      { key: m1.key },
    );
    expect(only.body.rows.map((r: { name: string }) => r.name)).toEqual(['Setup fee']);

    const euroTemplate = (
      await system.call('GET', '/api/v1/quote-templates?archived=true', undefined, { key: m1.key })
    ).body.items[0];
    const refused = await system.call(
      'POST',
      '/api/v1/quotes/from-template',
      { templateId: euroTemplate.id, dealId: deal.id },
      { key: m1.key },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      { field: 'templateId', problem: 'the quote template does not exist or is archived' },
    ]);
  });

  it('lets send_quote in the rules name a template: checked at publish, made and sent by the workflow', async () => {
    const unknown = await system.call('POST', '/api/v1/rules/publish', {
      files: templatedPipeline('standrd'),
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.problems).toEqual([
      expect.objectContaining({
        path: 'stages[1].on_enter[0].send_quote.quote_template',
        message: expect.stringContaining(
          'there is no quote template "standrd" (did you mean "standard"?)',
        ),
      }),
    ]);
    const published = await system.call('POST', '/api/v1/rules/publish', {
      files: templatedPipeline('standard'),
    });
    expect(published.status).toBe(201);

    const deal = await newDeal({}, 'templated');
    await system.call(
      'PUT',
      `/api/v1/deals/${deal.id}/products`,
      { rows: rows() },
      { key: m1.key },
    );
    // No draft quote: the rules make one from the template when the quote stage is entered.
    const read = await system.call('GET', `/api/v1/deals/${deal.id}`, undefined, { key: m1.key });
    await system.call(
      'PATCH',
      `/api/v1/deals/${deal.id}`,
      { source: 'partner' },
      { key: m1.key, headers: { 'If-Match': `"${read.body.version}"` } },
    );
    const [mail] = await mailbox.waitFor((m) => m.subject?.startsWith('Your quote') ?? false);
    expect(addressOf(mail)).toBe('anna@globex.test');
    expect(mail.text).toContain('$4,763.00');
    expect(mail.attachments[0].contentType).toBe('application/pdf');
    const quote = await eventually('the quote to be sent', async () => {
      const quotes = await system.call('GET', `/api/v1/quotes?dealId=${deal.id}`, undefined, {
        key: m1.key,
      });
      const q = quotes.body.items[0];
      return q?.status === 'sent' ? q : undefined;
    });
    expect(quote).toMatchObject({
      templateId: standard.id,
      contactId: contact.id,
      totals: { total: '4763.00' },
    });
    expect(mail.subject).toBe(`Your quote ${quote.number}`);
    expect(quote.intro).toContain('Dear Anna Petrova');
    await eventually('the deal to reach negotiation', async () => {
      const d = await system.call('GET', `/api/v1/deals/${deal.id}`, undefined, { key: m1.key });
      return d.body.stage === 'negotiation' ? d : undefined;
    });
  });
});
