import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/** Companies and contacts: CRUD, lists, and who may read and change what. */
describe('companies and contacts', () => {
  let system: TestSystem;
  let m1: TestUser,
    m2: TestUser,
    hA: TestUser,
    hB: TestUser,
    m3: TestUser,
    ops: TestUser,
    bot: TestUser;
  let companyOfM1: { id: string };

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    const teamA = (await system.call('POST', '/api/v1/teams', { name: 'Team A' })).body.id;
    const teamB = (await system.call('POST', '/api/v1/teams', { name: 'Team B' })).body.id;
    m1 = await system.user('manager', { teamId: teamA, name: 'M1' });
    m2 = await system.user('manager', { teamId: teamA, name: 'M2' });
    hA = await system.user('head', { teamId: teamA, name: 'Head A' });
    m3 = await system.user('manager', { teamId: teamB, name: 'M3' });
    hB = await system.user('head', { teamId: teamB, name: 'Head B' });
    ops = await system.user('salesops');
    bot = await system.user('integration');
    const created = await system.call(
      'POST',
      '/api/v1/companies',
      { name: 'ACME Corp', country: 'DE', email: 'Info@ACME.test', phone: '+49 (30) 123-4567' },
      { key: m1.key },
    );
    expect(created.status).toBe(201);
    companyOfM1 = created.body;
  });
  afterAll(async () => {
    await system?.close();
  });

  it('creates a company with the caller responsible, and reads it back', async () => {
    expect(companyOfM1).toMatchObject({
      name: 'ACME Corp',
      country: 'DE',
      email: 'Info@ACME.test',
      responsibleId: m1.id,
      version: 1,
      archivedAt: null,
    });
    const read = await system.call('GET', `/api/v1/companies/${companyOfM1.id}`, undefined, {
      key: m1.key,
    });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(companyOfM1);
    expect(read.headers.get('etag')).toBe('"1"');
  });

  it('lets each role read what the CRM says it may', async () => {
    const status = async (u: TestUser | null) =>
      (
        await system.call(
          'GET',
          `/api/v1/companies/${companyOfM1.id}`,
          undefined,
          u ? { key: u.key } : {},
        )
      ).status;
    expect(await status(m1)).toBe(200); // responsible
    expect(await status(hA)).toBe(200); // head of the responsible's team
    expect(await status(ops)).toBe(200); // sales ops read all
    expect(await status(null)).toBe(200); // admin
    expect(await status(m2)).toBe(403); // another manager, same team
    expect(await status(hB)).toBe(403); // another team's head
    expect(await status(m3)).toBe(403);
    expect(await status(bot)).toBe(403); // integrations: not these routes
    const denied = await system.call('GET', `/api/v1/companies/${companyOfM1.id}`, undefined, {
      key: m2.key,
    });
    expect(denied.body.detail).toBe(
      `company ${companyOfM1.id} is not among the records you may see`,
    );
    expect(
      (await system.call('GET', '/api/v1/companies/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
  });

  it('lets each role change what the CRM says it may', async () => {
    const patch = async (u: TestUser | null, industry: string) =>
      (
        await system.call(
          'PATCH',
          `/api/v1/companies/${companyOfM1.id}`,
          { industry },
          u ? { key: u.key } : {},
        )
      ).status;
    expect(await patch(m1, 'Robots')).toBe(200);
    expect(await patch(hA, 'Robotics')).toBe(200);
    expect(await patch(null, 'Machinery')).toBe(200);
    expect(await patch(m2, 'x')).toBe(403);
    expect(await patch(hB, 'x')).toBe(403);
    const opsTry = await system.call(
      'PATCH',
      `/api/v1/companies/${companyOfM1.id}`,
      { industry: 'x' },
      { key: ops.key },
    );
    expect(opsTry.status).toBe(403);
    expect(opsTry.body.detail).toBe('sales ops read records but do not change them');
    expect((await system.call('GET', `/api/v1/companies/${companyOfM1.id}`)).body.industry).toBe(
      'Machinery',
    );
  });

  it('lists only what the caller may see; a filter narrows the scope, never widens it', async () => {
    await system.call('POST', '/api/v1/companies', { name: 'Beta GmbH' }, { key: m2.key });
    await system.call('POST', '/api/v1/companies', { name: 'Gamma LLC' }, { key: m3.key });
    const names = async (u: TestUser | null, query = '') =>
      (
        await system.call(
          'GET',
          `/api/v1/companies?limit=200${query}`,
          undefined,
          u ? { key: u.key } : {},
        )
      ).body.items.map((c: { name: string }) => c.name);
    expect(await names(m1)).toEqual(['ACME Corp']);
    expect(await names(m2)).toEqual(['Beta GmbH']);
    expect(await names(hA)).toEqual(['ACME Corp', 'Beta GmbH']);
    expect(await names(hB)).toEqual(['Gamma LLC']);
    expect(await names(ops)).toEqual(['ACME Corp', 'Beta GmbH', 'Gamma LLC']);
    expect(await names(m2, `&responsibleId=${m1.id}`)).toEqual([]);
    expect(await names(hA, `&responsibleId=${m1.id}`)).toEqual(['ACME Corp']);
    // Text search on name, email and phone (any formatting of the digits).
    expect(await names(null, '&q=acme')).toEqual(['ACME Corp']);
    expect(await names(null, '&q=info%40acme')).toEqual(['ACME Corp']);
    expect(await names(null, `&q=${encodeURIComponent('30 1234567')}`)).toEqual(['ACME Corp']);
    expect(await names(null, '&q=100%25')).toEqual([]);
  });

  it('assigns the responsible within the caller’s reach', async () => {
    expect(
      (
        await system.call(
          'POST',
          '/api/v1/companies',
          { name: 'X', responsibleId: m2.id },
          { key: m1.key },
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await system.call(
          'POST',
          '/api/v1/companies',
          { name: 'Y', responsibleId: m1.id },
          { key: hA.key },
        )
      ).status,
    ).toBe(201);
    const other = await system.call(
      'POST',
      '/api/v1/companies',
      { name: 'Z', responsibleId: m3.id },
      { key: hA.key },
    );
    expect(other.status).toBe(403);
    expect(other.body.detail).toBe('responsibleId: a head assigns only people of their team');
    expect(
      (await system.call('POST', '/api/v1/companies', { name: 'W', responsibleId: m3.id })).status,
    ).toBe(201);
    const nobody = await system.call('POST', '/api/v1/companies', {
      name: 'V',
      responsibleId: '00000000-0000-4000-8000-000000000000',
    });
    expect(nobody.status).toBe(422);
  });

  it('refuses bad fields by name, and stale writes with 409', async () => {
    const bad = await system.call('POST', '/api/v1/companies', {
      name: ' ',
      country: 'Germany',
      email: 'nope',
      website: 'acme',
      phone: 'call me',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'country',
      'email',
      'name',
      'phone',
      'website',
    ]);
    const read = await system.call('GET', `/api/v1/companies/${companyOfM1.id}`);
    const stale = `"${read.body.version - 1}"`;
    const conflict = await system.call(
      'PATCH',
      `/api/v1/companies/${companyOfM1.id}`,
      { name: 'Lost update' },
      { headers: { 'if-match': stale } },
    );
    expect(conflict.status).toBe(409);
    expect((await system.call('GET', `/api/v1/companies/${companyOfM1.id}`)).body.name).toBe(
      'ACME Corp',
    );
  });

  it('archives instead of deleting', async () => {
    const c = await system.call('POST', '/api/v1/companies', { name: 'Old Co' }, { key: m1.key });
    expect(
      (await system.call('DELETE', `/api/v1/companies/${c.body.id}`, undefined, { key: m2.key }))
        .status,
    ).toBe(403);
    expect(
      (await system.call('DELETE', `/api/v1/companies/${c.body.id}`, undefined, { key: m1.key }))
        .status,
    ).toBe(204);
    const names = async (q: string) =>
      (
        await system.call('GET', `/api/v1/companies?limit=200${q}`, undefined, { key: m1.key })
      ).body.items.map((x: { name: string }) => x.name);
    expect(await names('')).not.toContain('Old Co');
    expect(await names('&archived=true')).toEqual(['Old Co']);
    expect(
      (await system.call('GET', `/api/v1/companies/${c.body.id}`, undefined, { key: m1.key })).body
        .archivedAt,
    ).toEqual(expect.any(String));
  });

  it('keeps contacts in several companies, within reach', async () => {
    const second = await system.call(
      'POST',
      '/api/v1/companies',
      { name: 'ACME Holding' },
      { key: m1.key },
    );
    const contact = await system.call(
      'POST',
      '/api/v1/contacts',
      {
        firstName: 'Ann',
        lastName: 'Lee',
        email: 'Ann@ACME.test',
        phone: '+1 (555) 010-0200',
        companyIds: [companyOfM1.id, second.body.id],
      },
      { key: m1.key },
    );
    expect(contact.status).toBe(201);
    expect(contact.body).toMatchObject({
      name: 'Ann Lee',
      responsibleId: m1.id,
      companyIds: [companyOfM1.id, second.body.id].sort(),
    });
    const inCompany = await system.call(
      'GET',
      `/api/v1/contacts?companyId=${second.body.id}`,
      undefined,
      { key: m1.key },
    );
    expect(inCompany.body.items.map((c: { id: string }) => c.id)).toEqual([contact.body.id]);
    const byPhone = await system.call(
      'GET',
      `/api/v1/contacts?q=${encodeURIComponent('555 010 0200')}`,
    );
    expect(byPhone.body.total).toBe(1);
    const byEmail = await system.call('GET', '/api/v1/contacts?q=ann%40acme.TEST');
    expect(byEmail.body.total).toBe(1);

    const notMine = await system.call(
      'POST',
      '/api/v1/contacts',
      { firstName: 'Bob', companyIds: [companyOfM1.id] },
      { key: m3.key },
    );
    expect(notMine.status).toBe(403);
    const unknown = await system.call(
      'POST',
      '/api/v1/contacts',
      { firstName: 'Cy', companyIds: ['00000000-0000-4000-8000-000000000000'] },
      { key: m1.key },
    );
    expect(unknown.status).toBe(422);
    expect(
      (await system.call('GET', '/api/v1/contacts?limit=200', undefined, { key: m3.key })).body
        .total,
    ).toBe(0);

    const moved = await system.call(
      'PATCH',
      `/api/v1/contacts/${contact.body.id}`,
      { companyIds: [second.body.id] },
      { key: m1.key },
    );
    expect(moved.body.companyIds).toEqual([second.body.id]);
    expect(moved.body.version).toBe(2);
  });
});
