import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers of a signed webhook delivery. */
export const SIGNATURE_HEADER = 'x-voronka-signature';
export const TIMESTAMP_HEADER = 'x-voronka-timestamp';

/** How far a delivery's timestamp may be from our clock: replays of old deliveries are refused. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * The signature of a delivery: `sha256=` and the hex HMAC-SHA256, under the integration key's
 * signing secret, of the timestamp (Unix seconds), a dot, and the raw body as sent.
 */
export function signWebhook(secret: string, timestamp: number | string, rawBody: string | Buffer) {
  const mac = createHmac('sha256', secret);
  mac.update(`${timestamp}.`);
  mac.update(rawBody);
  return `sha256=${mac.digest('hex')}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** Whether a delivery carries a valid, fresh signature; the reason when it does not. */
export function checkWebhookSignature(input: {
  secret: string | null | undefined;
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: Buffer | undefined;
  nowSeconds: number;
}): SignatureCheck {
  if (!input.secret) return { ok: false, reason: 'this API key has no signing secret' };
  if (!input.timestamp || !input.signature)
    return {
      ok: false,
      reason: `sign the delivery: ${TIMESTAMP_HEADER} (Unix seconds) and ${SIGNATURE_HEADER} (sha256=<hex HMAC of "<timestamp>.<body>">)`,
    };
  if (!/^\d{1,12}$/.test(input.timestamp))
    return { ok: false, reason: `${TIMESTAMP_HEADER}: Unix seconds, like 1764300000` };
  const skew = Math.abs(input.nowSeconds - Number(input.timestamp));
  if (skew > SIGNATURE_TOLERANCE_SECONDS)
    return {
      ok: false,
      reason: `${TIMESTAMP_HEADER}: ${skew} s away from the server's clock (at most ${SIGNATURE_TOLERANCE_SECONDS} s)`,
    };
  const expected = Buffer.from(
    signWebhook(input.secret, input.timestamp, input.rawBody ?? Buffer.alloc(0)),
  );
  const given = Buffer.from(input.signature.trim());
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: `${SIGNATURE_HEADER}: the signature does not match the body` };
  return { ok: true };
}
