import { startTestSystem, type TestSystem } from './support/test-system';

/**
 * Rate limits on what strangers can reach: the public quote pages per address, the payments
 * webhook per API key, failed sign-ins per address. Addresses come from X-Forwarded-For, which
 * this system believes of its loopback proxy (TRUST_PROXY).
 */
describe('rate limits', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem({
      worker: false,
      env: {
        TRUST_PROXY: 'loopback',
        RATE_LIMIT_PUBLIC: '3/1m',
        RATE_LIMIT_WEBHOOK: '2/1m',
        RATE_LIMIT_SIGN_IN: '3/1m',
      },
    });
  });
  afterAll(async () => {
    await system?.close();
  });

  const from = (address: string, key?: string | null) => ({
    ...(key === undefined ? {} : { key }),
    headers: { 'x-forwarded-for': address },
  });

  function expectLimited(answer: { status: number; headers: Headers; body: unknown }, max: number) {
    expect(answer.status).toBe(429);
    const wait = Number(answer.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(max);
    expect(answer.body).toMatchObject({ type: '/problems/rate-limited', status: 429 });
  }

  it('counts the public quote pages per address: 429 with Retry-After past the limit', async () => {
    const page = (address: string) =>
      system.call('GET', '/q/not-a-token', undefined, from(address, null));
    for (let i = 0; i < 3; i++) expect((await page('203.0.113.5')).status).toBe(404);
    expectLimited(await page('203.0.113.5'), 60);
    // The answers to the buttons count too, and another address is not held back.
    expectLimited(
      await system.call('POST', '/q/not-a-token/accept', undefined, from('203.0.113.5', null)),
      60,
    );
    expect((await page('203.0.113.6')).status).toBe(404);
  });

  it('counts webhook deliveries per API key, before their signature is checked', async () => {
    const bank = async (name: string) => {
      const user = await system.call('POST', '/api/v1/users', {
        name,
        email: `${name}@limits.test`,
        role: 'integration',
      });
      return (await system.call('POST', `/api/v1/users/${user.body.id}/api-keys`, { name })).body
        .key as string;
    };
    const [first, second] = [await bank('first-bank'), await bank('second-bank')];
    const deliver = (key: string) =>
      system.call(
        'POST',
        '/api/v1/integrations/payments',
        { externalId: 'x' },
        { key, headers: { 'x-forwarded-for': '198.51.100.1' } },
      );
    expect((await deliver(first)).status).toBe(401); // unsigned
    expect((await deliver(first)).status).toBe(401);
    expectLimited(await deliver(first), 60);
    expect((await deliver(second)).status).toBe(401);
  });

  it('holds back an address that sent too many keys that do not work, whatever it sends next', async () => {
    const me = (address: string, key: string | null | undefined) =>
      system.call('GET', '/api/v1/me', undefined, from(address, key));
    const wrong = 'vk_wrong-key-wrong-key-wrong-key-000';
    for (let i = 0; i < 3; i++) expect((await me('192.0.2.9', wrong)).status).toBe(401);
    expectLimited(await me('192.0.2.9', wrong), 60);
    expectLimited(await me('192.0.2.9', undefined), 60); // the admin's own key, same address
    expect((await me('192.0.2.10', undefined)).status).toBe(200);
    // Calls without any key are no sign-in attempt: they count for nothing.
    for (let i = 0; i < 5; i++) expect((await me('192.0.2.11', null)).status).toBe(401);
    expect((await me('192.0.2.11', undefined)).status).toBe(200);
  });
});
