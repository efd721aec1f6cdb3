import { signLink, verifyLink } from './signed-links';

describe('signed links', () => {
  const secret = 'a-secret-of-at-least-thirty-two-characters';
  const now = 1_764_300_000;
  const token = signLink(secret, 'quote-answer', 'quote-1', now + 3600);

  it('carries the record and its expiry, under the secret', () => {
    expect(verifyLink(secret, 'quote-answer', token, now)).toEqual({
      ok: true,
      subject: 'quote-1',
      exp: now + 3600,
    });
  });

  it('refuses an expired, altered or foreign token', () => {
    expect(verifyLink(secret, 'quote-answer', token, now + 3601)).toEqual({
      ok: false,
      reason: 'expired',
    });
    const [body, mac] = token.split('.');
    const other = Buffer.from(
      Buffer.from(body, 'base64url').toString().replace('quote-1', 'quote-2'),
    ).toString('base64url');
    expect(verifyLink(secret, 'quote-answer', `${other}.${mac}`, now).ok).toBe(false);
    expect(
      verifyLink('another-secret-of-thirty-two-characters!', 'quote-answer', token, now).ok,
    ).toBe(false);
    expect(verifyLink(secret, 'quote-answer', 'garbage', now)).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});
