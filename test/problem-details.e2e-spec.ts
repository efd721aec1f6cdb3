import { startTestSystem, type TestSystem } from './support/test-system';

/** RFC 9457 answers: a type a client can branch on, which resolves to what it means. */
describe('problem details', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
  });
  afterAll(async () => {
    await system?.close();
  });

  it('types a bad body as invalid-fields, and the type resolves to its description', async () => {
    const bad = await system.call('POST', '/api/v1/companies', { name: '', founded: 1 });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(bad.body).toMatchObject({
      type: '/problems/invalid-fields',
      title: 'invalid fields',
      status: 400,
      instance: '/api/v1/companies',
    });
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'founded',
      'name',
    ]);
    const described = await system.call('GET', bad.body.type, undefined, { key: null });
    expect(described.status).toBe(200);
    expect(described.body).toMatchObject({ type: bad.body.type, title: 'Invalid fields' });
    expect(described.body.description).toMatch(/Nothing was written/);
  });

  it('lists the field of a 422 the handler refused', async () => {
    const refused = await system.call('POST', '/api/v1/deals', {
      title: 'Nowhere',
      pipelineId: 'no-such-pipeline',
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      type: '/problems/invalid-fields',
      errors: [{ field: 'pipelineId', problem: 'no published pipeline "no-such-pipeline"' }],
    });
  });

  it('refuses an amount with more decimals than its currency has, never rounding it', async () => {
    // b2b deals are in USD: two decimals.
    const usd = await system.call('POST', '/api/v1/deals', {
      title: 'Cents',
      pipelineId: 'b2b',
      amount: '100.125',
    });
    expect(usd.status).toBe(422);
    expect(usd.body).toMatchObject({
      type: '/problems/invalid-fields',
      errors: [{ field: 'amount', problem: 'USD has 2 decimals; 100.125 has more' }],
    });
    const tooMany = await system.call('POST', '/api/v1/deals', {
      title: 'Cents',
      pipelineId: 'b2b',
      amount: '100.1250',
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors.map((e: { field: string }) => e.field)).toEqual(['amount']);
    const deal = await system.call('POST', '/api/v1/deals', {
      title: 'Cents',
      pipelineId: 'b2b',
      amount: '100.5',
    });
    expect(deal.status).toBe(201);
    expect(deal.body.amount).toBe('100.50');
    const changed = await system.call('PATCH', `/api/v1/deals/${deal.body.id}`, {
      amount: '99.999',
    });
    expect(changed.status).toBe(422);
    expect(changed.body.errors).toEqual([expect.objectContaining({ field: 'amount' })]);
    const lead = (await system.call('POST', '/api/v1/leads', { title: 'Cents', name: 'Ann' })).body;
    const converted = await system.call('POST', `/api/v1/leads/${lead.id}/convert`, {
      deal: { pipelineId: 'b2b', amount: '5.001' },
    });
    expect(converted.status).toBe(422);
    expect(converted.body.errors).toEqual([expect.objectContaining({ field: 'deal.amount' })]);
    expect((await system.call('GET', `/api/v1/leads/${lead.id}`)).body.outcome).toBe('open');
  });

  it('types a stale write as stale-version and a taken unique value as duplicate', async () => {
    const company = (await system.call('POST', '/api/v1/companies', { name: 'Typed Ltd' })).body;
    await system.call('PATCH', `/api/v1/companies/${company.id}`, { industry: 'Tools' });
    const stale = await system.call(
      'PATCH',
      `/api/v1/companies/${company.id}`,
      { industry: 'Toys' },
      { headers: { 'if-match': '"1"' } },
    );
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ type: '/problems/stale-version', title: 'stale version' });
    const team = await system.call('POST', '/api/v1/teams', { name: 'Only once' });
    expect(team.status).toBe(201);
    const again = await system.call('POST', '/api/v1/teams', { name: 'Only once' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      type: '/problems/duplicate',
      detail: 'name: a team named "Only once" exists',
    });
  });

  it('types a missing record, a missing key and a refused role', async () => {
    const missing = await system.call(
      'GET',
      '/api/v1/companies/00000000-0000-4000-8000-000000000000',
    );
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ type: '/problems/not-found', title: 'not found' });
    const noRoute = await system.call('GET', '/api/v1/no-such-route');
    expect(noRoute.body).toMatchObject({ type: '/problems/not-found', status: 404 });
    const anonymous = await system.call('GET', '/api/v1/companies', undefined, { key: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.type).toBe('/problems/unauthenticated');
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    const manager = await system.user('manager');
    const refused = await system.call(
      'POST',
      '/api/v1/teams',
      { name: 'Not mine' },
      { key: manager.key },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.type).toBe('/problems/forbidden');
    const malformed = await system.call('GET', '/api/v1/companies?cursor=nonsense');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({
      type: '/problems/invalid-fields',
      errors: [{ field: 'cursor', problem: 'not a cursor from this API' }],
    });
  });

  it('lists every problem type; an unknown one is 404', async () => {
    const all = await system.call('GET', '/problems', undefined, { key: null });
    expect(all.body.map((t: { type: string }) => t.type)).toEqual(
      expect.arrayContaining([
        '/problems/invalid-fields',
        '/problems/stale-version',
        '/problems/not-found',
        '/problems/state-conflict',
      ]),
    );
    expect((await system.call('GET', '/problems/nope', undefined, { key: null })).status).toBe(404);
  });
});
