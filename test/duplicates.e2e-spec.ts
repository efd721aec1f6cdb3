import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/**
 * Duplicates and merging, on a real PostgreSQL: a create like an existing record answers 409
 * `duplicate-record` listing the matches unless confirmed; identical creates at once let one
 * through; merging a contact or company moves everything to the survivor in one transaction and
 * leaves the merged one pointing to it.
 */
describe('duplicates and merge', () => {
  let system: TestSystem;
  let m1: TestUser, m2: TestUser, head: TestUser, ops: TestUser;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    const team = (await system.call('POST', '/api/v1/teams', { name: 'Dupes' })).body.id;
    m1 = await system.user('manager', { teamId: team, name: 'M1' });
    m2 = await system.user('manager', { teamId: team, name: 'M2' });
    head = await system.user('head', { teamId: team, name: 'Head' });
    ops = await system.user('salesops');
  });
  afterAll(async () => {
    await system?.close();
  });

  const post = (path: string, body: Record<string, unknown>, key = m1.key) =>
    system.call('POST', `/api/v1/${path}`, body, { key });
  const get = (path: string, key = m1.key) =>
    system.call('GET', `/api/v1/${path}`, undefined, { key });

  it('refuses a contact with the same email or phone, listing the matches, unless confirmed', async () => {
    const ann = await post('contacts', {
      firstName: 'Ann',
      lastName: 'Lee',
      email: 'ann.lee@dupes.test',
      phone: '+7 (916) 123-45-67',
    });
    expect(ann.status).toBe(201);

    const byEmail = await post('contacts', { firstName: 'Anna', email: '  ANN.Lee@Dupes.TEST ' });
    expect(byEmail.status).toBe(409);
    expect(byEmail.headers.get('content-type')).toContain('application/problem+json');
    expect(byEmail.body).toMatchObject({
      type: '/problems/duplicate-record',
      status: 409,
      matches: [{ kind: 'contact', id: ann.body.id, name: 'Ann Lee', field: 'email' }],
    });

    const byPhone = await post('contacts', { firstName: 'A.', phone: '0079161234567' });
    expect(byPhone.status).toBe(409);
    expect(byPhone.body.matches).toEqual([
      { kind: 'contact', id: ann.body.id, name: 'Ann Lee', field: 'phone' },
    ]);

    // Nothing was written; confirmed, it is created.
    expect((await get('contacts?q=Anna')).body.total).toBe(0);
    const confirmed = await post('contacts', {
      firstName: 'Anna',
      email: 'ann.lee@dupes.test',
      allowDuplicate: true,
    });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).not.toHaveProperty('allowDuplicate');

    // Now both match; a malformed confirmation is a 400 naming it.
    const twice = await post('contacts', { firstName: 'Ann', email: 'ann.lee@dupes.test' });
    expect(twice.body.matches.map((m: { id: string }) => m.id)).toEqual([
      ann.body.id,
      confirmed.body.id,
    ]);
    const malformed = await post('contacts', { firstName: 'Ann', allowDuplicate: 'yes' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'allowDuplicate',
    ]);
    // A change of a contact is no create: it is not checked.
    const other = await post('contacts', { firstName: 'Bob', email: 'bob@dupes.test' });
    const patched = await system.call(
      'PATCH',
      `/api/v1/contacts/${other.body.id}`,
      { phone: '+79161234567' },
      { key: m1.key },
    );
    expect(patched.status).toBe(200);
  });

  it('compares matches across the whole team, not only what the caller may see', async () => {
    // A duplicate of a record someone else holds is still a duplicate; its name is shown so the
    // caller can ask its responsible.
    await post('contacts', { firstName: 'Carl', email: 'carl@dupes.test' }, m2.key);
    const mine = await post('contacts', { firstName: 'Carl', email: 'carl@dupes.test' });
    expect(mine.status).toBe(409);
    expect(mine.body.matches).toEqual([expect.objectContaining({ name: 'Carl', field: 'email' })]);
  });

  it('refuses a company with the same name without its legal form, email or phone', async () => {
    const acme = await post('companies', { name: 'ACME, Inc.', email: 'info@acme-dupes.test' });
    expect(acme.status).toBe(201);
    const byName = await post('companies', { name: 'Acme LLC' });
    expect(byName.status).toBe(409);
    expect(byName.body.matches).toEqual([
      { kind: 'company', id: acme.body.id, name: 'ACME, Inc.', field: 'name' },
    ]);
    const russian = await post('companies', { name: 'ООО «Ромашка»' });
    expect(russian.status).toBe(201);
    expect((await post('companies', { name: 'Ромашка' })).body.matches).toEqual([
      expect.objectContaining({ id: russian.body.id, field: 'name' }),
    ]);
    expect((await post('companies', { name: 'Acme Systems' })).status).toBe(201);
    expect(
      (await post('companies', { name: 'Other', email: 'INFO@acme-dupes.test' })).body.matches,
    ).toEqual([expect.objectContaining({ id: acme.body.id, field: 'email' })]);
    // An archived company is no longer a match.
    await system.call('DELETE', `/api/v1/companies/${russian.body.id}`, undefined, {
      key: m1.key,
    });
    expect((await post('companies', { name: 'Ромашка' })).status).toBe(201);
  });

  it('refuses a lead like an open lead, unless confirmed', async () => {
    const first = await post('leads', {
      title: 'Website request',
      name: 'Dan Roe',
      email: 'dan@dupes.test',
      phone: '+1 555 010 0299',
    });
    expect(first.status).toBe(201);
    const again = await post('leads', { title: 'Second request', phone: '+1 (555) 010-0299' });
    expect(again.status).toBe(409);
    expect(again.body.matches).toEqual([
      { kind: 'lead', id: first.body.id, name: 'Website request', field: 'phone' },
    ]);
    const confirmed = await post('leads', {
      title: 'Second request',
      phone: '+1 (555) 010-0299',
      allowDuplicate: true,
    });
    expect(confirmed.status).toBe(201);
    // A lead with no email nor phone is never a duplicate.
    expect((await post('leads', { title: 'Website request' })).status).toBe(201);
  });

  it('lets exactly one of identical creates at once through unconfirmed', async () => {
    const body = { firstName: 'Eve', email: 'eve@dupes.test', phone: '+44 20 7946 0000' };
    const answers = await Promise.all(Array.from({ length: 6 }, () => post('contacts', body)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    const winner = answers.find((a) => a.status === 201)!.body.id;
    for (const a of answers.filter((x) => x.status === 409))
      expect(a.body.matches.map((m: { id: string }) => m.id)).toEqual([winner]);

    const companies = await Promise.all(
      ['Zeta GmbH', 'ZETA', 'Zeta Ltd.', 'zeta'].map((name) => post('companies', { name })),
    );
    expect(companies.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
    expect((await get('companies?q=zeta')).body.total).toBe(1);
  });

  it('merges a contact into another: everything moves, empty fields fill, the merged one points to the survivor', async () => {
    const survivor = (
      await post('contacts', { firstName: 'Fay', lastName: 'Kim', email: 'fay@dupes.test' })
    ).body;
    const company = (await post('companies', { name: 'Merge Target Co' })).body;
    const merged = (
      await post('contacts', {
        firstName: 'Fay',
        email: 'fay.kim@other.test',
        phone: '+7 495 000-00-01',
        position: 'CTO',
        companyIds: [company.id],
        allowDuplicate: true,
      })
    ).body;
    const deal = (
      await post('deals', { title: 'Fay deal', pipelineId: 'b2b', contactId: merged.id })
    ).body;
    expect(deal.contactId).toBe(merged.id);
    const activity = await post('activities', {
      type: 'call',
      subject: 'Call Fay',
      contactId: merged.id,
      dueAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect(activity.status).toBe(201);
    const comment = await post(`contacts/${merged.id}/comments`, { body: 'Prefers mornings' });
    expect(comment.status).toBe(201);

    // A manager may merge only what they may change; sales ops change nothing.
    const foreign = await post(`contacts/${merged.id}/merge`, { into: survivor.id }, m2.key);
    expect(foreign.status).toBe(403);
    expect((await post(`contacts/${merged.id}/merge`, { into: survivor.id }, ops.key)).status).toBe(
      403,
    );
    const self = await post(`contacts/${merged.id}/merge`, { into: merged.id });
    expect(self.status).toBe(422);
    expect(self.body.errors[0].field).toBe('into');

    const done = await post(`contacts/${merged.id}/merge`, { into: survivor.id });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      id: survivor.id,
      firstName: 'Fay',
      lastName: 'Kim',
      email: 'fay@dupes.test', // its own stays
      phone: '+7 495 000-00-01', // empty: filled from the merged one
      position: 'CTO',
      companyIds: [company.id],
    });
    expect(done.body.version).toBeGreaterThan(survivor.version);

    const gone = await get(`contacts/${merged.id}`);
    expect(gone.status).toBe(410);
    expect(gone.body).toMatchObject({ type: '/problems/record-merged', mergedInto: survivor.id });
    expect((await get(`deals/${deal.id}`)).body.contactId).toBe(survivor.id);
    expect((await get(`activities/${activity.body.id}`)).body.contactId).toBe(survivor.id);
    expect((await get(`companies/${company.id}`)).status).toBe(200);
    expect(
      (await get(`contacts?companyId=${company.id}`)).body.items.map((c: { id: string }) => c.id),
    ).toEqual([survivor.id]);
    const story = (await get(`contacts/${survivor.id}/timeline`)).body.items as {
      kind: string;
      comment?: { body: string };
    }[];
    const comments = story.filter((i) => i.kind === 'comment').map((i) => i.comment!.body);
    expect(comments).toEqual(
      expect.arrayContaining([
        'Prefers mornings',
        expect.stringContaining('Merged contact Fay (' + merged.id + ') into this one.'),
      ]),
    );
    // The email that differed is not lost: the merge's comment keeps it.
    expect(comments.join('\n')).toContain('email: fay.kim@other.test');
    expect(story.some((i) => i.kind === 'activity')).toBe(true);

    // The merged contact is out of lists and the duplicate check, and cannot be linked or merged again.
    expect((await get('contacts?q=fay.kim')).body.total).toBe(0);
    expect((await post('contacts', { firstName: 'F', email: 'fay.kim@other.test' })).status).toBe(
      201,
    );
    const link = await post('deals', { title: 'x', pipelineId: 'b2b', contactId: merged.id });
    expect(link.status).toBe(422);
    expect(link.body.errors[0]).toEqual({
      field: 'contactId',
      problem: `${merged.id} was merged into ${survivor.id}: use that`,
    });
    expect((await post(`contacts/${merged.id}/merge`, { into: survivor.id })).status).toBe(410);
    expect((await post(`contacts/${survivor.id}/merge`, { into: merged.id })).status).toBe(422);
  });

  it('merges a company into another, heads across their team', async () => {
    const survivor = (await post('companies', { name: 'Northwind', country: 'DE' })).body;
    const merged = (
      await post(
        'companies',
        { name: 'Northwind Traders', website: 'https://northwind.test', country: 'FR' },
        m2.key,
      )
    ).body;
    const contact = (
      await post(
        'contacts',
        { firstName: 'Gus', email: 'gus@northwind.test', companyIds: [merged.id] },
        m2.key,
      )
    ).body;
    const deal = (
      await post('deals', { title: 'NW deal', pipelineId: 'b2b', companyId: merged.id }, m2.key)
    ).body;
    // m1 may not change m2's company; their head may change both.
    expect((await post(`companies/${merged.id}/merge`, { into: survivor.id })).status).toBe(403);
    const done = await post(`companies/${merged.id}/merge`, { into: survivor.id }, head.key);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      id: survivor.id,
      country: 'DE',
      website: 'https://northwind.test',
    });
    const gone = await get(`companies/${merged.id}`, head.key);
    expect([gone.status, gone.body.mergedInto]).toEqual([410, survivor.id]);
    expect((await get(`deals/${deal.id}`, m2.key)).body.companyId).toBe(survivor.id);
    expect((await get(`contacts/${contact.id}`, m2.key)).body.companyIds).toEqual([survivor.id]);
    const comments = (await get(`companies/${survivor.id}/timeline`)).body.items
      .filter((i: { kind: string }) => i.kind === 'comment')
      .map((i: { comment: { body: string } }) => i.comment.body);
    expect(comments[0]).toContain('country: FR');
  });
});
