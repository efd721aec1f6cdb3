import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type AppConfig } from '../config';

/**
 * Links in emails that act without a login (a customer answering a quote, a user setting their
 * password): the token names what
 * it is for, the record and when it expires, signed with HMAC-SHA256 under the link secret.
 */
export type LinkPurpose = 'quote-answer' | 'set-password';

interface LinkClaims {
  p: LinkPurpose;
  sub: string;
  /** Expiry, Unix seconds. */
  exp: number;
}

export function signLink(secret: string, purpose: LinkPurpose, subject: string, exp: number) {
  const claims = Buffer.from(
    JSON.stringify({ p: purpose, sub: subject, exp } satisfies LinkClaims),
  );
  const body = claims.toString('base64url');
  const mac = createHmac('sha256', secret).update(body).digest('base64url');
  return `${body}.${mac}`;
}

export type LinkCheck =
  { ok: true; subject: string; exp: number } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyLink(
  secret: string,
  purpose: LinkPurpose,
  token: string,
  nowSeconds: number,
): LinkCheck {
  const [body, mac, extra] = token.split('.');
  if (!body || !mac || extra !== undefined || token.length > 2000)
    return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(createHmac('sha256', secret).update(body).digest('base64url'));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'invalid' };
  let claims: LinkClaims;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as LinkClaims;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (claims.p !== purpose || typeof claims.sub !== 'string' || typeof claims.exp !== 'number')
    return { ok: false, reason: 'invalid' };
  if (claims.exp < nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, subject: claims.sub, exp: claims.exp };
}

/**
 * The secret links are signed with: LINK_SECRET, or (the embedded default) one generated once
 * and kept in DATA_DIR/link-secret, which the API and the worker of one installation share.
 */
export function linkSecret(config: AppConfig): string {
  if (config.linkSecret) return config.linkSecret;
  const file = join(config.dataDir, 'link-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(config.dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('base64url') + '\n', {
        flag: 'wx',
        mode: 0o600,
      });
    } catch {
      // Another process wrote it first: read theirs.
    }
    return readFileSync(file, 'utf8').trim();
  }
}
