import { signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../payments/webhook-signature';

/** The header naming a delivery: the same on every attempt, so a receiver may drop repeats. */
export const DELIVERY_HEADER = 'x-voronka-delivery';

/** How long an endpoint has to answer. */
const TIMEOUT_MS = 10_000;

export interface PostAnswer {
  ok: boolean;
  /** Absent when no answer came. */
  status?: number;
  /** The answer's body, or why there was none. */
  text: string;
  durationMs: number;
}

/**
 * POSTs a body signed as the payment webhook's deliveries are (`x-voronka-timestamp`, and
 * `x-voronka-signature`: sha256= the HMAC of "<timestamp>.<body>" under the endpoint's secret).
 */
export async function postSigned(
  url: string,
  secret: string,
  deliveryId: string,
  body: string,
): Promise<PostAnswer> {
  const started = Date.now();
  const timestamp = Math.floor(started / 1000);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Voronka-Webhooks/1',
        [DELIVERY_HEADER]: deliveryId,
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text().catch(() => '');
    return {
      ok: response.status >= 200 && response.status < 300,
      status: response.status,
      text,
      durationMs: Date.now() - started,
    };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      ok: false,
      text: cause?.code ?? cause?.message ?? (error as Error).message,
      durationMs: Date.now() - started,
    };
  }
}
