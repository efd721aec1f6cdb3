import { signWebhook } from '../../libs/crm/payments/webhook-signature';

/**
 * A payment as the payment provider's webhook delivers it: the body signed with the integration's
 * signing secret and the time, sent with its API key. Answers the API's response.
 */
export function deliverPayment(
  baseUrl: string,
  integration: { key: string; signingSecret: string },
  body: object,
): Promise<Response> {
  const raw = JSON.stringify(body);
  const timestamp = Math.floor(Date.now() / 1000);
  return fetch(`${baseUrl}/api/v1/integrations/payments`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${integration.key}`,
      'x-voronka-timestamp': String(timestamp),
      'x-voronka-signature': signWebhook(integration.signingSecret, timestamp, raw),
    },
    body: raw,
  });
}
