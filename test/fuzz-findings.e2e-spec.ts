import { startTestSystem, type TestSystem } from './support/test-system';

/** Inputs the fuzzer found answered wrongly: each answers a documented 2xx or a 4xx naming why. */
describe('inputs found by fuzzing', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
  });
  afterAll(async () => {
    await system?.close();
  });

  it('refuses teamId null on an invitation or a new user (leave it out for no team)', async () => {
    const person = (name: string, teamId?: string | null) => ({
      name,
      email: `${name.toLowerCase()}.${Date.now()}@test.example`,
      role: 'manager',
      ...(teamId !== undefined ? { teamId } : {}),
    });
    for (const path of ['/api/v1/invitations', '/api/v1/users']) {
      const refused = await system.call('POST', path, person('Nora', null));
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ field: 'teamId', problem: 'teamId must be a UUID' }]);
    }
    const invited = await system.call('POST', '/api/v1/invitations', person('Olaf'));
    expect(invited.status).toBe(201);
    const user = await system.call('GET', `/api/v1/users/${invited.body.userId}`);
    expect(user.body.teamId).toBeNull();
    const unknown = await system.call(
      'POST',
      '/api/v1/invitations',
      person('Pia', '00000000-0000-4000-8000-000000000000'),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([{ field: 'teamId', problem: expect.any(String) }]);
  });

  it("refuses a product's description that is not text, naming it once", async () => {
    const product = await system.call('POST', '/api/v1/products', {
      name: 'Boxed',
      sku: 'BOX-1',
      price: '1',
      currency: 'USD',
      description: { text: 'a box' },
    });
    expect(product.status).toBe(400);
    expect(product.body.errors).toEqual([
      { field: 'description', problem: 'description must be a string' },
    ]);
  });

  it('refuses an empty offset or limit in a list query, naming it', async () => {
    for (const query of ['offset=', 'limit=']) {
      const answer = await system.call('GET', `/api/v1/web-forms?${query}`);
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].field).toBe(query.slice(0, -1));
    }
    expect((await system.call('GET', '/api/v1/web-forms?offset=0&limit=5')).status).toBe(200);
  });

  it('refuses document rows that add up to more than an amount column holds', async () => {
    const invoice = await system.call('POST', '/api/v1/invoices', {
      currency: 'USD',
      dueDate: '2027-08-04',
      rows: [{ name: 'Everything', quantity: '999999999', unitPrice: '4466999.2755' }],
    });
    expect(invoice.status).toBe(422);
    expect(invoice.body.errors.map((e: { field: string }) => e.field)).toEqual(['rows.0.quantity']);
  });

  it('refuses preferences without a body, and keeps them as they are for {}', async () => {
    const none = await fetch(`${system.baseUrl}/api/v1/me/preferences`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${system.adminKey}` },
    });
    expect(none.status).toBe(400);
    expect(((await none.json()) as { errors: unknown }).errors).toEqual([
      { field: 'body', problem: 'is required: a JSON object like {"language": "en"}' },
    ]);
    const set = await system.call('PUT', '/api/v1/me/preferences', { timeZone: 'Europe/Berlin' });
    expect(set.status).toBe(200);
    const same = await system.call('PUT', '/api/v1/me/preferences', {});
    expect(same.status).toBe(200);
    expect(same.body.timeZone).toBe('Europe/Berlin');
  });
});
