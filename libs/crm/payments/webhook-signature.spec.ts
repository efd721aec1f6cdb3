import { checkWebhookSignature, signWebhook } from './webhook-signature';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = Buffer.from('{"externalId":"p-1","amount":"10.00"}');
  const now = 1_764_300_000;
  const signed = { secret, timestamp: String(now), rawBody: body, nowSeconds: now + 10 };

  it('is the HMAC-SHA256 of "<timestamp>.<body>" (a known vector)', () => {
    expect(signWebhook('key', 1, 'body')).toBe(
      'sha256=91b5374b153842ad05b2c4eab9349b8321b14703165bd3fb8b034dfb8be98ae5',
    );
  });

  it('accepts a fresh delivery signed with the secret', () => {
    expect(checkWebhookSignature({ ...signed, signature: signWebhook(secret, now, body) })).toEqual(
      { ok: true },
    );
  });

  it('refuses a changed body, another secret, a stale or future timestamp, and no signature', () => {
    const signature = signWebhook(secret, now, body);
    const refused = (changes: Partial<Parameters<typeof checkWebhookSignature>[0]>) =>
      checkWebhookSignature({ ...signed, signature, ...changes });
    expect(refused({ rawBody: Buffer.from('{"externalId":"p-1","amount":"99.00"}') })).toEqual({
      ok: false,
      reason: 'x-voronka-signature: the signature does not match the body',
    });
    expect(refused({ secret: 'whsec_other' }).ok).toBe(false);
    expect(refused({ nowSeconds: now + 301 })).toEqual({
      ok: false,
      reason: "x-voronka-timestamp: 301 s away from the server's clock (at most 300 s)",
    });
    expect(refused({ nowSeconds: now - 3600 }).ok).toBe(false);
    expect(refused({ signature: undefined }).ok).toBe(false);
    expect(refused({ timestamp: 'yesterday' }).ok).toBe(false);
    expect(refused({ secret: null })).toEqual({
      ok: false,
      reason: 'this API key has no signing secret',
    });
  });
});
