import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/** The catalogue of lead sources (issue 16): what a lead's or deal's `source` may name. */
describe('lead sources', () => {
  let system: TestSystem;
  let salesops: TestUser, head: TestUser, manager: TestUser, bot: TestUser;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    salesops = await system.user('salesops');
    head = await system.user('head');
    manager = await system.user('manager');
    bot = await system.user('integration');
  });
  afterAll(async () => {
    await system?.close();
  });

  const codes = async (query = '', key?: string) => {
    const page = await system.call('GET', `/api/v1/lead-sources${query}`, undefined, { key });
    expect(page.status).toBe(200);
    return (page.body.items as { code: string }[]).map((s) => s.code);
  };
  const lead = (source: unknown, key = manager.key) =>
    system.call('POST', '/api/v1/leads', { title: 'Sourced', name: 'Sue', source }, { key });

  it('starts with the sources the seed and the shipped rules use, listed by code, paged', async () => {
    const page = await system.call('GET', '/api/v1/lead-sources?limit=2', undefined, {
      key: manager.key,
    });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 5, limit: 2 });
    expect(page.body.items.map((s: { code: string }) => s.code)).toEqual(['cold_call', 'fair']);
    expect(page.body.items[1]).toEqual({
      id: expect.any(String),
      code: 'fair',
      name: 'Trade fair',
      active: true,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    const next = await system.call(
      'GET',
      `/api/v1/lead-sources?limit=2&cursor=${encodeURIComponent(page.body.nextCursor)}`,
    );
    expect(next.body.items.map((s: { code: string }) => s.code)).toEqual(['partner', 'referral']);
    expect(await codes()).toEqual(['cold_call', 'fair', 'partner', 'referral', 'web']);
  });

  it('takes a lead or deal naming a known source and refuses an unknown one with 400 naming source', async () => {
    expect((await lead('web')).status).toBe(201);
    expect((await lead(null)).status).toBe(201);
    const unknown = await lead('billboard');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      {
        field: 'source',
        problem: expect.stringContaining('cold_call, fair, partner, referral, web'),
      },
    ]);
    const deal = await system.call(
      'POST',
      '/api/v1/deals',
      { title: 'Sourced deal', pipelineId: 'b2b', amount: '10.00', source: 'billboard' },
      { key: manager.key },
    );
    expect(deal.status).toBe(400);
    expect(deal.body.errors.map((e: { field: string }) => e.field)).toEqual(['source']);
    const { body: l } = await lead('fair');
    const changed = await system.call(
      'PATCH',
      `/api/v1/leads/${l.id}`,
      { source: 'billboard' },
      { key: manager.key },
    );
    expect(changed.status).toBe(400);
    expect((await system.call('GET', `/api/v1/leads/${l.id}`)).body.source).toBe('fair');
  });

  it('lets sales ops add a source that leads may then name; a code is unique', async () => {
    const created = await system.call(
      'POST',
      '/api/v1/lead-sources',
      { code: 'billboard', name: 'Billboard' },
      { key: salesops.key },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'billboard', name: 'Billboard', active: true });
    expect((await lead('billboard')).status).toBe(201);
    const again = await system.call('POST', '/api/v1/lead-sources', {
      code: 'billboard',
      name: 'Again',
    });
    expect(again.status).toBe(409);
    const bad = await system.call('POST', '/api/v1/lead-sources', { code: 'Bill Board', name: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['code', 'name']);
  });

  it('reads a missing body as {}: a PATCH without one changes nothing, a create names what it lacks', async () => {
    // The document says so: a body none of whose members is required is not required either.
    const created = await system.call(
      'POST',
      '/api/v1/lead-sources',
      { code: 'bodiless', name: 'Bodiless' },
      { key: salesops.key },
    );
    const unchanged = await system.call(
      'PATCH',
      `/api/v1/lead-sources/${created.body.id}`,
      undefined,
      { key: salesops.key, headers: { 'If-Match': '*' } },
    );
    expect(unchanged.status).toBe(200);
    expect(unchanged.body).toMatchObject({ name: 'Bodiless', active: true, version: 1 });
    const nothing = await system.call('POST', '/api/v1/lead-sources', undefined, {
      key: salesops.key,
    });
    expect(nothing.status).toBe(400);
    expect(nothing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'code',
      'name',
    ]);
  });

  it('refuses a deactivated source on new writes; records that name it keep it', async () => {
    const { body: source } = await system.call('POST', '/api/v1/lead-sources', {
      code: 'radio',
      name: 'Radio',
    });
    const { body: before } = await lead('radio');
    const gone = await system.call('DELETE', `/api/v1/lead-sources/${source.id}`, undefined, {
      key: salesops.key,
    });
    expect(gone.status).toBe(204);
    expect(await codes('?active=false')).toEqual(['radio']);
    expect(await codes('?active=true')).not.toContain('radio');

    const refused = await lead('radio');
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('source');
    expect(refused.body.errors[0].problem).not.toContain('radio,');
    // The lead that names it is still changed freely, and keeps its source.
    const renamed = await system.call(
      'PATCH',
      `/api/v1/leads/${before.id}`,
      { title: 'Still radio', source: 'radio' },
      { key: manager.key },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body.source).toBe('radio');
    expect(
      (await system.call('GET', `/api/v1/leads?source=radio`, undefined, { key: manager.key })).body
        .total,
    ).toBe(1);

    const back = await system.call('PATCH', `/api/v1/lead-sources/${source.id}`, {
      active: true,
      name: 'Local radio',
    });
    expect(back.body).toMatchObject({ code: 'radio', name: 'Local radio', active: true });
    expect((await lead('radio')).status).toBe(201);
  });

  it('lets everyone read the catalogue and only admins and sales ops change it', async () => {
    for (const key of [head.key, manager.key, bot.key]) {
      expect(
        (await system.call('POST', '/api/v1/lead-sources', { code: 'x', name: 'X' }, { key }))
          .status,
      ).toBe(403);
    }
    const { body: items } = await system.call('GET', '/api/v1/lead-sources', undefined, {
      key: head.key,
    });
    const web = items.items.find((s: { code: string }) => s.code === 'web');
    for (const key of [head.key, manager.key]) {
      expect(
        (await system.call('PATCH', `/api/v1/lead-sources/${web.id}`, { name: 'W' }, { key }))
          .status,
      ).toBe(403);
      expect(
        (await system.call('DELETE', `/api/v1/lead-sources/${web.id}`, undefined, { key })).status,
      ).toBe(403);
    }
    expect(
      (await system.call('GET', '/api/v1/lead-sources', undefined, { key: null })).status,
    ).toBe(401);
    expect(await codes()).toContain('web');
  });
});
