import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/** Leads under the lead rules, and their conversion into a contact, a company and a deal. */
describe('leads and conversion', () => {
  let system: TestSystem;
  let m1: TestUser, bot: TestUser;

  beforeAll(async () => {
    system = await startTestSystem();
    m1 = await system.user('manager');
    bot = await system.user('integration');
  });
  afterAll(async () => {
    await system?.close();
  });

  const lead = (body: Record<string, unknown> = {}, key = m1.key) =>
    system.call(
      'POST',
      '/api/v1/leads',
      {
        title: 'Website request',
        name: 'Ann Lee',
        email: 'Ann@Acme.test',
        phone: '+1 (555) 010-0200',
        companyName: 'ACME Corp',
        source: 'web',
        // The same person asks again and again here: the duplicate check is not what is tested.
        allowDuplicate: true,
        ...body,
      },
      { key },
    );
  const count = async (path: string) => (await system.call('GET', path)).body.total;

  it('takes leads from integrations (web forms), starting in the first status', async () => {
    const fromForm = await lead({ title: 'Form lead' }, bot.key);
    expect(fromForm.status).toBe(201);
    expect(fromForm.body).toMatchObject({
      ruleSetId: 'leads',
      rulesVersion: 1,
      status: 'new',
      outcome: 'open',
      responsibleId: bot.id,
    });
    expect(
      (await system.call('GET', `/api/v1/leads/${fromForm.body.id}`, undefined, { key: bot.key }))
        .status,
    ).toBe(403); // integrations only create
    const history = await system.call('GET', `/api/v1/leads/${fromForm.body.id}/history`);
    expect(history.body.items).toEqual([
      expect.objectContaining({ from: null, to: 'new', cause: 'created', ruleSetId: 'leads' }),
    ]);
  });

  it('moves a lead as the lead rules allow; conversion has its own endpoint', async () => {
    const { body: l } = await lead();
    expect(
      (
        await system.call(
          'POST',
          `/api/v1/leads/${l.id}/move`,
          { to: 'in_progress' },
          { key: m1.key },
        )
      ).body.status,
    ).toBe('in_progress');
    const converted = await system.call(
      'POST',
      `/api/v1/leads/${l.id}/move`,
      { to: 'converted' },
      { key: m1.key },
    );
    expect(converted.status).toBe(409);
    expect(converted.body.detail).toBe(
      'a lead becomes converted by POST /api/v1/leads/:id/convert',
    );
    const junk = await system.call(
      'POST',
      `/api/v1/leads/${l.id}/move`,
      { to: 'junk' },
      { key: m1.key },
    );
    expect(junk.body).toMatchObject({ status: 'junk', outcome: 'junk' });
    expect(
      (await system.call('POST', `/api/v1/leads/${l.id}/move`, { to: 'new' }, { key: m1.key }))
        .status,
    ).toBe(409);
  });

  it('converts into a contact, a company and a deal in one go', async () => {
    // The deal carries the lead's custom values of the fields both have, of the same type.
    for (const recordType of ['lead', 'deal'])
      expect(
        (
          await system.call('POST', '/api/v1/custom-fields', {
            recordType,
            code: 'budget',
            label: 'Budget',
            type: 'number',
          })
        ).status,
      ).toBe(201);
    const { body: l } = await lead({ title: 'ACME: 40 seats', custom: { budget: 8000 } });
    const result = await system.call(
      'POST',
      `/api/v1/leads/${l.id}/convert`,
      { createContact: true, createCompany: true, deal: { pipelineId: 'b2b', amount: '8000.00' } },
      { key: m1.key },
    );
    expect(result.status).toBe(200);
    expect(result.body.contact).toEqual({ id: expect.any(String), created: true });
    expect(result.body.company).toEqual({ id: expect.any(String), created: true });
    expect(result.body.deal).toMatchObject({
      title: 'ACME: 40 seats',
      pipelineId: 'b2b',
      stage: 'new',
      amount: '8000.00',
      currency: 'USD',
      sourceLeadId: l.id,
      contactId: result.body.contact.id,
      companyId: result.body.company.id,
      responsibleId: m1.id,
      source: 'web',
      custom: { budget: 8000 },
    });
    expect(result.body.lead).toMatchObject({
      status: 'converted',
      outcome: 'converted',
      convertedDealId: result.body.deal.id,
      convertedContactId: result.body.contact.id,
    });
    const contact = await system.call(
      'GET',
      `/api/v1/contacts/${result.body.contact.id}`,
      undefined,
      { key: m1.key },
    );
    expect(contact.body).toMatchObject({
      firstName: 'Ann',
      lastName: 'Lee',
      email: 'Ann@Acme.test',
      companyIds: [result.body.company.id],
    });
    expect(
      (await system.call('GET', `/api/v1/leads/${l.id}/history`)).body.items.map(
        (c: { to: string; cause: string }) => [c.to, c.cause],
      ),
    ).toEqual([
      ['new', 'created'],
      ['converted', 'converted'],
    ]);
    const again = await system.call(
      'POST',
      `/api/v1/leads/${l.id}/convert`,
      { createContact: true },
      { key: m1.key },
    );
    expect(again.status).toBe(409);
  });

  it('links the contact and company that have the same email or phone instead of duplicating them', async () => {
    const before = await count('/api/v1/contacts?q=acme.test');
    const { body: l } = await lead({
      title: 'Second request',
      email: 'ANN@acme.TEST',
      phone: null,
    });
    const result = await system.call(
      'POST',
      `/api/v1/leads/${l.id}/convert`,
      { createContact: true, createCompany: true },
      { key: m1.key },
    );
    expect(result.status).toBe(200);
    expect(result.body.contact.created).toBe(false);
    expect(result.body.company.created).toBe(false);
    expect(result.body.deal).toBeNull();
    expect(await count('/api/v1/contacts?q=acme.test')).toBe(before);
  });

  it("links the company whose name is the lead's company name once normalised", async () => {
    const company = await system.call(
      'POST',
      '/api/v1/companies',
      { name: 'ООО «Ромашка»' },
      { key: m1.key },
    );
    expect(company.status).toBe(201);
    const { body: l } = await lead({
      title: 'From a trade show',
      name: 'Olga Petrova',
      email: 'olga@chamomile.test',
      phone: null,
      companyName: 'Ромашка, ООО',
    });
    const result = await system.call(
      'POST',
      `/api/v1/leads/${l.id}/convert`,
      { createContact: true, createCompany: true },
      { key: m1.key },
    );
    expect(result.status).toBe(200);
    expect(result.body.contact.created).toBe(true);
    expect(result.body.company).toEqual({ id: company.body.id, created: false });
  });

  it('leaves nothing behind when the conversion fails half way', async () => {
    const { body: l } = await lead({
      title: 'Doomed',
      name: 'Bo Berg',
      email: 'bo@berg.test',
      phone: '+46 70 000 0000',
      companyName: 'Berg AB',
    });
    const contactsBefore = await count('/api/v1/contacts?limit=1');
    const companiesBefore = await count('/api/v1/companies?limit=1');
    const dealsBefore = await count('/api/v1/deals?limit=1');
    // The contact and the company are made first; the deal then fails on its pipeline.
    const failed = await system.call(
      'POST',
      `/api/v1/leads/${l.id}/convert`,
      { createContact: true, createCompany: true, deal: { pipelineId: 'no-such-pipeline' } },
      { key: m1.key },
    );
    expect(failed.status).toBe(422);
    expect(failed.body.detail).toBe('pipelineId: no published pipeline "no-such-pipeline"');
    expect(await count('/api/v1/contacts?limit=1')).toBe(contactsBefore);
    expect(await count('/api/v1/companies?limit=1')).toBe(companiesBefore);
    expect(await count('/api/v1/deals?limit=1')).toBe(dealsBefore);
    const still = await system.call('GET', `/api/v1/leads/${l.id}`, undefined, { key: m1.key });
    expect(still.body).toMatchObject({ status: 'new', outcome: 'open', convertedContactId: null });
    expect((await system.call('GET', `/api/v1/leads/${l.id}/history`)).body.items).toHaveLength(1);
  });
});
