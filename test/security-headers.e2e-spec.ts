import { linkSecret, signLink } from '../libs/links/signed-links';
import { startTestSystem, type TestSystem } from './support/test-system';

/** What every answer tells a browser, checked as a browser would read it. */
describe('security headers', () => {
  let system: TestSystem;
  let behindProxy: TestSystem;

  beforeAll(async () => {
    [system, behindProxy] = await Promise.all([
      startTestSystem({ worker: false }),
      startTestSystem({ worker: false, env: { TRUST_PROXY: 'loopback' } }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([system?.close(), behindProxy?.close()]);
  });

  const policyOf = (headers: Headers) =>
    Object.fromEntries(
      (headers.get('content-security-policy') ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values.join(' ')]),
    );

  it('are on every answer: records, errors, probes, unknown paths', async () => {
    for (const [path, key] of [
      ['/api/v1/me', undefined],
      ['/api/v1/me', null],
      ['/health', null],
      ['/api/v1/no/such/path', null],
    ] as const) {
      const answer = await system.call('GET', path, undefined, { key });
      const h = answer.headers;
      expect({ path, status: answer.status, nosniff: h.get('x-content-type-options') }).toEqual({
        path,
        status: answer.status,
        nosniff: 'nosniff',
      });
      expect(h.get('referrer-policy')).toBe('no-referrer');
      expect(h.get('x-frame-options')).toBe('DENY');
      expect(h.get('x-powered-by')).toBeNull();
      expect(h.get('strict-transport-security')).toBeNull(); // plain HTTP
      expect(policyOf(h)).toEqual({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self'",
        'img-src': "'self' data:",
        'font-src': "'self'",
        'connect-src': "'self'",
        'object-src': "'none'",
        'base-uri': "'none'",
        'form-action': "'self'",
        'frame-ancestors': "'none'",
      });
    }
  });

  it('let the documentation and the web app style themselves inline, and nothing else more', async () => {
    for (const path of ['/docs', '/', '/deals/board']) {
      const page = await fetch(`${system.baseUrl}${path}`);
      expect([path, page.status]).toEqual([path, 200]);
      const policy = policyOf(page.headers);
      expect(policy['style-src']).toBe("'self' 'unsafe-inline'");
      expect(policy['script-src']).toBe("'self'");
      expect(policy['frame-ancestors']).toBe("'none'");
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('keep the answers that carry a secret out of every cache', async () => {
    const user = await system.call('POST', '/api/v1/users', {
      name: 'Cache Bank',
      email: 'cache-bank@headers.test',
      role: 'integration',
    });
    const issued = await system.call('POST', `/api/v1/users/${user.body.id}/api-keys`, {
      name: 'bank',
    });
    expect(issued.status).toBe(201);
    expect(issued.body.signingSecret).toMatch(/^whsec_/);
    expect(issued.headers.get('cache-control')).toBe('no-store');
    // Reads of records may be cached by the client as HTTP allows; keys are not among them.
    const keys = await system.call('GET', `/api/v1/users/${user.body.id}/api-keys`);
    expect(JSON.stringify(keys.body)).not.toContain(issued.body.key);
  });

  it('keep the public quote page out of caches, out of referrers and out of frames', async () => {
    const quote = await system.call('POST', '/api/v1/quotes', {
      currency: 'USD',
      rows: [{ name: 'Audit', quantity: '1', unitPrice: '10.00' }],
    });
    const token = signLink(
      linkSecret(system.config),
      'quote-answer',
      quote.body.id,
      Math.floor(Date.now() / 1000) + 3600,
    );
    for (const path of [`/q/${token}`, '/q/not-a-token']) {
      const page = await fetch(`${system.baseUrl}${path}`);
      expect([path, page.status]).toEqual([path, path.includes('not-a') ? 404 : 200]);
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(policyOf(page.headers)['frame-ancestors']).toBe("'none'");
      expect(page.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('ask for HTTPS only over HTTPS, and believe a proxy only when told to', async () => {
    const viaTls = { headers: { 'x-forwarded-proto': 'https' } };
    const trusted = await behindProxy.call('GET', '/health', undefined, viaTls);
    expect(trusted.headers.get('strict-transport-security')).toBe('max-age=31536000');
    const plain = await behindProxy.call('GET', '/health');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const untrusted = await system.call('GET', '/health', undefined, viaTls);
    expect(untrusted.headers.get('strict-transport-security')).toBeNull();
  });
});
