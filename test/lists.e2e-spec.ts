import { MikroORM } from '@mikro-orm/postgresql';
import { newStageChange } from '../libs/crm/stages/stage-history';
import { startTestSystem, type TestSystem } from './support/test-system';

/** Every list answers the same way, and refuses a filter it cannot read instead of guessing. */
describe('lists', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
  });
  afterAll(async () => {
    await system?.close();
  });

  const archivable = [
    'activities',
    'companies',
    'contacts',
    'deals',
    'invoices',
    'leads',
    'products',
    'quotes',
  ];

  it.each(archivable)(
    'reads archived=true or false on /%s, and refuses anything else',
    async (list) => {
      for (const value of ['true', 'false']) {
        const ok = await system.call('GET', `/api/v1/${list}?archived=${value}`);
        expect(ok.status).toBe(200);
      }
      for (const junk of ['null', 'yes', '1', '', 'TRUE', 'true&archived=false']) {
        const refused = await system.call('GET', `/api/v1/${list}?archived=${junk}`);
        expect({ junk, status: refused.status }).toEqual({ junk, status: 400 });
        expect(refused.body).toMatchObject({
          type: '/problems/invalid-fields',
          errors: [{ field: 'archived', problem: 'archived must be true or false' }],
        });
      }
    },
  );

  /** Every page of a list, following nextCursor; each page's envelope checked on the way. */
  async function allPages(path: string, limit: number): Promise<unknown[]> {
    const items: unknown[] = [];
    let cursor: string | null = null;
    const sep = path.includes('?') ? '&' : '?';
    do {
      const next = `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await system.call('GET', next);
      expect({ next, status: page.status }).toEqual({ next, status: 200 });
      expect(page.body).toMatchObject({ limit, total: expect.any(Number) });
      expect(page.body.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  }

  it('pages teams, API keys, stage histories, rule sets and their versions as the records are paged', async () => {
    for (const name of ['Paging C', 'Paging A', 'Paging B'])
      expect((await system.call('POST', '/api/v1/teams', { name })).status).toBe(201);
    const user = await system.user('manager', { name: 'Paged Keys' });
    for (const name of ['two', 'three'])
      expect(
        (await system.call('POST', `/api/v1/users/${user.id}/api-keys`, { name })).status,
      ).toBe(201);
    const lead = (await system.call('POST', '/api/v1/leads', { title: 'Paged', name: 'Ann' })).body;
    // History rows as the workflow's effect writes them (no worker runs here), a minute apart.
    const em = system.api.get(MikroORM).em.fork();
    ['contacted', 'qualified', 'won'].forEach((to, i, all) => {
      const change = newStageChange({
        recordType: 'lead',
        recordId: lead.id,
        from: all[i - 1] ?? 'new',
        to,
        cause: 'manual',
        byUserId: null,
        ruleSetId: 'leads',
        rulesVersion: 1,
      });
      change.at = new Date(Date.now() + (i + 1) * 60_000);
      em.persist(change);
    });
    await em.flush();

    const teams = (await allPages('/api/v1/teams', 2)) as { name: string }[];
    expect(teams.map((t) => t.name).filter((n) => n.startsWith('Paging'))).toEqual([
      'Paging A',
      'Paging B',
      'Paging C',
    ]);
    expect(new Set(teams.map((t) => t.name)).size).toBe(teams.length);
    const newest = await system.call('GET', '/api/v1/teams?sort=-createdAt&limit=1');
    expect(newest.body).toMatchObject({ items: [{ name: 'Paging B' }], limit: 1 });
    expect(newest.body.total).toBe(teams.length);

    const keys = (await allPages(`/api/v1/users/${user.id}/api-keys`, 2)) as { name: string }[];
    expect(keys.map((k) => k.name)).toEqual(['test', 'two', 'three']);

    const history = (await allPages(`/api/v1/leads/${lead.id}/history`, 1)) as { to: string }[];
    expect(history.map((c) => c.to)).toEqual(['new', 'contacted', 'qualified', 'won']);

    const sets = (await allPages('/api/v1/rules', 1)) as { id: string }[];
    expect(sets.map((r) => r.id)).toEqual(['b2b', 'leads', 'services']);
    const pipelines = await system.call('GET', '/api/v1/rules?kind=pipeline');
    expect(pipelines.body.items.map((r: { id: string }) => r.id)).toEqual(['b2b', 'services']);
    const versions = await system.call('GET', '/api/v1/rules/b2b/versions?limit=1');
    expect(versions.body).toMatchObject({
      items: [{ version: 4, publishedBy: 'system' }],
      total: 1,
      nextCursor: null,
    });
    const none = await system.call('GET', '/api/v1/rules/no-such-rules/versions');
    expect(none.status).toBe(404);

    for (const path of ['/api/v1/teams', `/api/v1/leads/${lead.id}/history`, '/api/v1/rules']) {
      for (const [param, value] of [
        ['sort', 'nonsense'],
        ['cursor', 'nonsense'],
      ]) {
        const refused = await system.call('GET', `${path}?${param}=${value}`);
        expect({ path, status: refused.status }).toEqual({ path, status: 400 });
        expect(refused.body.errors).toEqual([expect.objectContaining({ field: param })]);
      }
    }
  });

  const paged = [
    '/api/v1/teams',
    '/api/v1/users',
    '/api/v1/rules',
    '/api/v1/rules/b2b/versions',
    '/api/v1/users/00000000-0000-4000-8000-000000000000/api-keys',
    '/api/v1/leads/00000000-0000-4000-8000-000000000000/history',
    '/api/v1/deals/00000000-0000-4000-8000-000000000000/history',
  ];

  it.each(paged)('refuses a limit out of 1–200 on %s, naming it', async (path) => {
    for (const limit of ['0', '201', '-1', '1.5', 'ten']) {
      const refused = await system.call('GET', `${path}?limit=${limit}`);
      expect({ limit, status: refused.status }).toEqual({ limit, status: 400 });
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['limit']);
    }
  });
});
