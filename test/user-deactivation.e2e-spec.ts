import { startTestSystem, type TestSystem } from './support/test-system';

/** Deactivating people: nobody locks everyone out, and a deactivated person's keys die for good. */
describe('deactivating users', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
  });
  afterAll(async () => {
    await system?.close();
  });

  const patch = (id: string, body: unknown, key?: string) =>
    system.call('PATCH', `/api/v1/users/${id}`, body, key ? { key } : {});

  it('refuses to deactivate or demote the last active admin, and a race leaves one', async () => {
    const me = (await system.call('GET', '/api/v1/me')).body;
    for (const change of [{ active: false }, { role: 'manager' }]) {
      const refused = await patch(me.userId, change);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        type: '/problems/last-admin',
        detail: 'Administrator is the last active admin: make someone else an admin first',
      });
    }
    expect((await system.call('GET', '/api/v1/me')).status).toBe(200);

    // Two admins deactivate each other at once: one of them stays. The other is refused: 409
    // when it came second, or 401 when its author was deactivated (keys revoked) before it ran.
    const second = await system.user('admin', { name: 'Second Admin' });
    const answers = await Promise.all([
      patch(second.id, { active: false }),
      patch(me.userId, { active: false }, second.key),
    ]);
    const [won, lost] = answers.map((a) => a.status).sort();
    expect(won).toBe(200);
    expect([401, 409]).toContain(lost);
    const admins = await system.call('GET', '/api/v1/users?role=admin');
    expect(admins.body.items.filter((u: { active: boolean }) => u.active)).toHaveLength(1);
  });

  it("revokes a deactivated user's keys for good: reactivating them does not revive those keys", async () => {
    const manager = await system.user('manager', { name: 'Leaving Manager' });
    expect((await system.call('GET', '/api/v1/me', undefined, { key: manager.key })).status).toBe(
      200,
    );
    expect((await patch(manager.id, { active: false })).status).toBe(200);
    expect((await system.call('GET', '/api/v1/me', undefined, { key: manager.key })).status).toBe(
      401,
    );
    const keys = (await system.call('GET', `/api/v1/users/${manager.id}/api-keys`)).body.items;
    expect(keys).toEqual([expect.objectContaining({ revokedAt: expect.any(String) })]);

    expect((await patch(manager.id, { active: true })).status).toBe(200);
    expect((await system.call('GET', '/api/v1/me', undefined, { key: manager.key })).status).toBe(
      401,
    );
    const fresh = await system.call('POST', `/api/v1/users/${manager.id}/api-keys`, {
      name: 'new',
    });
    expect(
      (await system.call('GET', '/api/v1/me', undefined, { key: fresh.body.key })).status,
    ).toBe(200);
  });
});
