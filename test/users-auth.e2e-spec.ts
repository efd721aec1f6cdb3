import { ApiKeysService } from '../libs/crm/users/api-keys.service';
import { startTestSystem, type TestSystem } from './support/test-system';

/** API keys, roles and the users who hold them. */
describe('users, teams, API keys and roles', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
  });
  afterAll(async () => {
    await system?.close();
  });

  it('needs a valid key everywhere but the probes', async () => {
    const none = await system.call('GET', '/api/v1/rules', undefined, { key: null });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(none.body.detail).toBe('an API key is required: Authorization: Bearer <key>');
    const wrong = await system.call('GET', '/api/v1/rules', undefined, {
      key: 'vk_not-a-real-key-at-all-000000000',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.detail).toBe('the API key is not valid or has been revoked');
    expect((await system.call('GET', '/health', undefined, { key: null })).status).toBe(200);
    expect((await system.call('GET', '/ready', undefined, { key: null })).status).toBe(200);
  });

  it('makes ADMIN_API_KEY a working admin key, once', async () => {
    const me = await system.call('GET', '/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: 'admin', name: 'Administrator', teamId: null });
    await system.api.get(ApiKeysService).ensureAdminKey(system.adminKey);
    const admins = await system.call('GET', '/api/v1/users?role=admin');
    expect(admins.body.total).toBe(1);
    const keys = await system.call('GET', `/api/v1/users/${me.body.userId}/api-keys`);
    expect(keys.body).toMatchObject({ total: 1, nextCursor: null });
    expect(keys.body.items).toHaveLength(1);
  });

  it('creates teams, users and keys; a key is shown once and kept only as a hash', async () => {
    const team = await system.call('POST', '/api/v1/teams', { name: 'Sales East' });
    expect(team.status).toBe(201);
    expect((await system.call('POST', '/api/v1/teams', { name: 'Sales East' })).status).toBe(409);

    const user = await system.call('POST', '/api/v1/users', {
      name: 'Anna',
      email: ' Anna@Example.COM ',
      role: 'manager',
      teamId: team.body.id,
    });
    expect(user.status).toBe(201);
    expect(user.body).toMatchObject({
      name: 'Anna',
      email: 'anna@example.com',
      role: 'manager',
      teamId: team.body.id,
      active: true,
      version: 1,
    });
    expect(user.headers.get('etag')).toBe('"1"');

    const key = await system.call('POST', `/api/v1/users/${user.body.id}/api-keys`, {
      name: 'laptop',
    });
    expect(key.status).toBe(201);
    expect(key.body.key).toMatch(/^vk_[A-Za-z0-9_-]{40}$/);
    expect(key.body.prefix).toBe(key.body.key.slice(0, 10));
    const me = await system.call('GET', '/api/v1/me', undefined, { key: key.body.key });
    expect(me.body).toEqual({
      userId: user.body.id,
      name: 'Anna',
      role: 'manager',
      teamId: team.body.id,
    });

    const listed = await system.call('GET', `/api/v1/users/${user.body.id}/api-keys`);
    expect(listed.body.items).toEqual([
      {
        id: key.body.id,
        name: 'laptop',
        prefix: key.body.prefix,
        createdAt: expect.any(String),
        revokedAt: null,
      },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(key.body.key);

    expect((await system.call('DELETE', `/api/v1/api-keys/${key.body.id}`)).status).toBe(204);
    expect((await system.call('GET', '/api/v1/me', undefined, { key: key.body.key })).status).toBe(
      401,
    );
  });

  it('refuses bad input with 400 naming each field, and a taken email with 409', async () => {
    const bad = await system.call('POST', '/api/v1/users', {
      name: '',
      email: 'not-an-email',
      role: 'boss',
      teamId: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'email',
      'name',
      'role',
      'teamId',
    ]);
    await system.call('POST', '/api/v1/users', {
      name: 'Bo',
      email: 'bo@example.com',
      role: 'manager',
    });
    const again = await system.call('POST', '/api/v1/users', {
      name: 'Bo 2',
      email: 'BO@example.com',
      role: 'head',
    });
    expect(again.status).toBe(409);
    const noTeam = await system.call('POST', '/api/v1/users', {
      name: 'Cy',
      email: 'cy@example.com',
      role: 'manager',
      teamId: '00000000-0000-4000-8000-000000000000',
    });
    expect(noTeam.status).toBe(422);
    expect(noTeam.body.detail).toMatch(/^teamId: no team/);
  });

  it('keeps each role to its routes', async () => {
    const manager = await system.user('manager');
    const salesops = await system.user('salesops');
    const integration = await system.user('integration');
    expect(
      (
        await system.call(
          'POST',
          '/api/v1/users',
          { name: 'X', email: 'x@example.com', role: 'admin' },
          { key: manager.key },
        )
      ).status,
    ).toBe(403);
    const forbidden = await system.call('GET', '/api/v1/rules', undefined, {
      key: integration.key,
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.detail).toBe(
      'the role integration may not do this (allowed: admin, salesops, head, manager)',
    );
    expect(
      (await system.call('GET', '/api/v1/me', undefined, { key: integration.key })).status,
    ).toBe(200);
    expect(
      (await system.call('GET', '/api/v1/rules', undefined, { key: manager.key })).status,
    ).toBe(200);
    const files = { 'rules.yaml': 'kind: pipeline\n' };
    expect(
      (await system.call('POST', '/api/v1/rules/validate', { files }, { key: manager.key })).status,
    ).toBe(403);
    expect(
      (await system.call('POST', '/api/v1/rules/validate', { files }, { key: salesops.key }))
        .status,
    ).toBe(422);
  });

  it('updates with optimistic concurrency: a stale If-Match gets 409 and changes nothing', async () => {
    const user = await system.user('manager', { name: 'Dana' });
    const read = await system.call('GET', `/api/v1/users/${user.id}`);
    const etag = read.headers.get('etag')!;
    const first = await system.call(
      'PATCH',
      `/api/v1/users/${user.id}`,
      { name: 'Dana K.' },
      { headers: { 'if-match': etag } },
    );
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"2"');
    const stale = await system.call(
      'PATCH',
      `/api/v1/users/${user.id}`,
      { name: 'Dana Q.' },
      { headers: { 'if-match': etag } },
    );
    expect(stale.status).toBe(409);
    expect((await system.call('GET', `/api/v1/users/${user.id}`)).body.name).toBe('Dana K.');

    const off = await system.call('PATCH', `/api/v1/users/${user.id}`, { active: false });
    expect(off.status).toBe(200);
    expect((await system.call('GET', '/api/v1/me', undefined, { key: user.key })).status).toBe(401);
  });

  it('pages through users with a cursor, never skipping or repeating while users are added', async () => {
    const team = await system.call('POST', '/api/v1/teams', { name: 'Paging' });
    for (let i = 0; i < 7; i++)
      await system.user('manager', {
        teamId: team.body.id,
        name: `Pager ${String(i).padStart(2, '0')}`,
      });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await system.call(
        'GET',
        `/api/v1/users?teamId=${team.body.id}&limit=3&sort=-createdAt${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((u: { name: string }) => u.name));
      cursor = page.body.nextCursor;
      // Someone adds a user while we page; it sorts before our position and must not appear.
      if (pages++ === 0)
        await system.user('manager', { teamId: team.body.id, name: 'Late arrival' });
    } while (cursor);
    expect(seen).toEqual([
      'Pager 06',
      'Pager 05',
      'Pager 04',
      'Pager 03',
      'Pager 02',
      'Pager 01',
      'Pager 00',
    ]);
    const total = await system.call('GET', `/api/v1/users?teamId=${team.body.id}&limit=1`);
    expect(total.body.total).toBe(8);
    const search = await system.call(
      'GET',
      `/api/v1/users?q=${encodeURIComponent('pager 0')}&limit=200`,
    );
    expect(search.body.total).toBe(7);
    const badSort = await system.call('GET', '/api/v1/users?sort=password');
    expect(badSort.status).toBe(400);
    expect(badSort.body.detail).toMatch(/^sort: "password" is not a sort key here/);
    expect((await system.call('GET', '/api/v1/users?cursor=garbage')).status).toBe(400);
    expect((await system.call('GET', '/api/v1/users?limit=1000')).body.errors[0].field).toBe(
      'limit',
    );
  });
});
