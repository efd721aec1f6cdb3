import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/**
 * The role matrix for every kind of record (companies have their own, more detailed test): who
 * reads, who changes, who archives, and what each one's list holds. A record of manager M1 in team
 * A is read by M1, head of A, sales ops and admin; changed by M1, head of A and admin; nobody else.
 */
describe('who may read and change each kind of record', () => {
  let system: TestSystem;
  let m1: TestUser, m2: TestUser, hA: TestUser, hB: TestUser, ops: TestUser, bot: TestUser;
  let companyId: string;
  const as = (u: TestUser | null) => (u ? { key: u.key } : {});
  const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

  interface Resource {
    path: string;
    create: () => Record<string, unknown>;
    /** The change each user tries, different per user so that each accepted one is a new version. */
    change: (who: string) => Record<string, unknown>;
  }
  const rows = [{ name: 'Setup', quantity: '1', unitPrice: '100.00' }];
  const resources: Resource[] = [
    {
      path: 'deals',
      create: () => ({ title: 'Matrix deal', pipelineId: 'b2b', amount: '10.00' }),
      change: (who) => ({ title: `Matrix deal, renamed by ${who}` }),
    },
    {
      path: 'leads',
      // Many alike (the duplicate check is test/duplicates.e2e-spec.ts's).
      create: () => ({
        title: 'Matrix lead',
        name: 'Lee Matrix',
        email: 'lee@matrix.test',
        allowDuplicate: true,
      }),
      change: (who) => ({ title: `Matrix lead, renamed by ${who}` }),
    },
    {
      path: 'contacts',
      create: () => ({
        firstName: 'Mia',
        lastName: 'Matrix',
        email: 'mia@matrix.test',
        allowDuplicate: true,
      }),
      change: (who) => ({ position: `CTO, says ${who}` }),
    },
    {
      path: 'activities',
      create: () => ({ type: 'task', subject: 'Matrix task', dueAt: inAnHour(), companyId }),
      change: (who) => ({ subject: `Matrix task, renamed by ${who}` }),
    },
    {
      path: 'quotes',
      create: () => ({ currency: 'USD', rows }),
      change: (who) => ({ notes: `changed by ${who}` }),
    },
    {
      path: 'invoices',
      create: () => ({ currency: 'USD', dueDate: '2026-12-31', rows }),
      change: (who) => ({ notes: `changed by ${who}` }),
    },
  ];

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    const teamA = (await system.call('POST', '/api/v1/teams', { name: 'Team A' })).body.id;
    const teamB = (await system.call('POST', '/api/v1/teams', { name: 'Team B' })).body.id;
    m1 = await system.user('manager', { teamId: teamA, name: 'M1' });
    m2 = await system.user('manager', { teamId: teamA, name: 'M2' });
    hA = await system.user('head', { teamId: teamA, name: 'Head A' });
    hB = await system.user('head', { teamId: teamB, name: 'Head B' });
    ops = await system.user('salesops');
    bot = await system.user('integration');
    companyId = (await system.call('POST', '/api/v1/companies', { name: 'Matrix Ltd' }, as(m1)))
      .body.id;
  });
  afterAll(async () => {
    await system?.close();
  });

  describe.each(resources)('$path', (resource) => {
    const base = `/api/v1/${resource.path}`;
    let id: string;
    beforeAll(async () => {
      const created = await system.call('POST', base, resource.create(), as(m1));
      expect(created.status).toBe(201);
      expect(created.body.responsibleId).toBe(m1.id);
      id = created.body.id;
    });

    it('reads: the responsible, their head, sales ops and admin', async () => {
      const read = async (u: TestUser | null) =>
        (await system.call('GET', `${base}/${id}`, undefined, as(u))).status;
      expect({
        m1: await read(m1),
        headA: await read(hA),
        ops: await read(ops),
        admin: await read(null),
        m2: await read(m2),
        headB: await read(hB),
        integration: await read(bot),
      }).toEqual({
        m1: 200,
        headA: 200,
        ops: 200,
        admin: 200,
        m2: 403,
        headB: 403,
        integration: 403,
      });
    });

    it('lists: each sees exactly what they may read', async () => {
      const listed = async (u: TestUser | null) => {
        const page = await system.call('GET', `${base}?limit=200`, undefined, as(u));
        if (page.status !== 200) return page.status;
        return page.body.items.some((r: { id: string }) => r.id === id);
      };
      expect({
        m1: await listed(m1),
        headA: await listed(hA),
        ops: await listed(ops),
        admin: await listed(null),
        m2: await listed(m2),
        headB: await listed(hB),
        integration: await listed(bot),
      }).toEqual({
        m1: true,
        headA: true,
        ops: true,
        admin: true,
        m2: false,
        headB: false,
        integration: 403,
      });
    });

    it('changes: the responsible, their head and admin; a refused change writes nothing', async () => {
      const change = async (u: TestUser | null, who: string) =>
        (await system.call('PATCH', `${base}/${id}`, resource.change(who), as(u))).status;
      const before = (await system.call('GET', `${base}/${id}`)).body;
      expect({
        m2: await change(m2, 'm2'),
        headB: await change(hB, 'headB'),
        ops: await change(ops, 'ops'),
        integration: await change(bot, 'integration'),
      }).toEqual({ m2: 403, headB: 403, ops: 403, integration: 403 });
      expect((await system.call('GET', `${base}/${id}`)).body).toEqual(before);
      expect({
        m1: await change(m1, 'm1'),
        headA: await change(hA, 'headA'),
        admin: await change(null, 'admin'),
      }).toEqual({ m1: 200, headA: 200, admin: 200 });
      const after = (await system.call('GET', `${base}/${id}`)).body;
      expect(after).toMatchObject(resource.change('admin'));
      expect(after.version).toBe(before.version + 3);
    });

    it('archives or deletes: only who may change it', async () => {
      for (const u of [m2, hB, ops, bot])
        expect((await system.call('DELETE', `${base}/${id}`, undefined, as(u))).status).toBe(403);
      expect((await system.call('GET', `${base}/${id}`)).status).toBe(200);
      const removed = await system.call('DELETE', `${base}/${id}`, undefined, as(hA));
      expect([200, 204]).toContain(removed.status);
    });
  });

  it('lets an integration key create leads and nothing else', async () => {
    const lead = await system.call(
      'POST',
      '/api/v1/leads',
      { title: 'From the web form', name: 'Web Visitor', email: 'visitor@web.test' },
      as(bot),
    );
    expect(lead.status).toBe(201);
    for (const resource of resources.filter((r) => r.path !== 'leads')) {
      const refused = await system.call(
        'POST',
        `/api/v1/${resource.path}`,
        resource.create(),
        as(bot),
      );
      expect({ path: resource.path, status: refused.status }).toEqual({
        path: resource.path,
        status: 403,
      });
    }
  });

  it('lets sales ops read but never create records of any kind, whoever they name', async () => {
    const kinds = [...resources, { path: 'companies', create: () => ({ name: 'Ops Ltd' }) }];
    for (const resource of kinds) {
      for (const responsibleId of [undefined, ops.id, m1.id]) {
        const refused = await system.call(
          'POST',
          `/api/v1/${resource.path}`,
          { ...resource.create(), ...(responsibleId ? { responsibleId } : {}) },
          as(ops),
        );
        expect({ path: resource.path, responsibleId, status: refused.status }).toEqual({
          path: resource.path,
          responsibleId,
          status: 403,
        });
        expect(refused.body.detail).toMatch(
          /^(sales ops read records but do not change them|the role salesops may not do this)/,
        );
      }
    }
  });

  /**
   * Keyset pages neither skip nor repeat rows while rows are added: newest first, a row added
   * meanwhile sorts before the reader's position and is not seen; oldest first, it comes last.
   */
  describe.each([
    ...resources,
    { path: 'companies', create: () => ({ name: 'Pager Ltd', allowDuplicate: true }) },
  ])('$path pages while rows are added', (resource) => {
    const base = `/api/v1/${resource.path}`;
    let pager: TestUser;
    let ownCompanyId: string;
    // Activities are bound to a record the pager may change: their own company.
    const create = () =>
      resource.path === 'activities'
        ? { ...resource.create(), companyId: ownCompanyId }
        : resource.create();
    beforeAll(async () => {
      pager = await system.user('manager', { name: `Pager of ${resource.path}` });
      ownCompanyId = (
        await system.call(
          'POST',
          '/api/v1/companies',
          { name: 'Pager Ltd', allowDuplicate: true },
          as(pager),
        )
      ).body.id;
      for (let i = 0; i < 7; i++) {
        const created = await system.call('POST', base, create(), as(pager));
        expect(created.status).toBe(201);
      }
    });

    const readAll = async (sort: string, addWhilePaging: boolean) => {
      const seen: string[] = [];
      let added: string | null = null;
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await system.call(
          'GET',
          `${base}?responsibleId=${pager.id}&limit=3&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
          undefined,
          as(pager),
        );
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((r: { id: string }) => r.id));
        cursor = page.body.nextCursor;
        if (pages++ === 0 && addWhilePaging)
          added = (await system.call('POST', base, create(), as(pager))).body.id;
      } while (cursor);
      return { seen, added };
    };

    it('newest first: the rows as they were, each once', async () => {
      const before = await readAll('-createdAt', false);
      const during = await readAll('-createdAt', true);
      expect(during.seen).toEqual(before.seen);
      expect(during.seen).not.toContain(during.added);
      expect(new Set(during.seen).size).toBe(during.seen.length);
    });

    it('oldest first: every row once, the new one last', async () => {
      const before = await readAll('createdAt', false);
      const during = await readAll('createdAt', true);
      expect(during.seen).toEqual([...before.seen, during.added]);
      const total = await system.call(
        'GET',
        `${base}?responsibleId=${pager.id}&limit=1`,
        undefined,
        as(pager),
      );
      expect(total.body.total).toBe(during.seen.length);
    });
  });
});
