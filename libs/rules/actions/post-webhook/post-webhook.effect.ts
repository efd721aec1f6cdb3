import { type PostWebhookEffectsApi, type PostWebhookInput } from './post-webhook.action';

/** What the effect needs from the worker: the record as the rules see it, and the deliveries. */
export interface PostWebhookPorts {
  /** The record's fields as conditions and templates see them ({ deal: {…}, contact: {…} }). */
  snapshot(kind: 'deal' | 'lead', id: string): Promise<Record<string, unknown>>;
  webhooks: {
    /** Posts the event to its endpoints not yet delivered (made on the first call). */
    deliver(event: {
      key: string;
      event: string;
      endpoint?: string;
      data: Record<string, unknown>;
      occurredAt: Date;
    }): Promise<{ delivered: number; failed: { endpoint: string; reason: string }[] }>;
    giveUp(eventKey: string, reason: string): Promise<void>;
  };
}

/** The delivery's event key: one per rule action that ran (the effect's own key). */
const eventKey = (input: PostWebhookInput) => `${input.workflowId}/${input.key}`;

/**
 * The effects of post_webhook: the record, signed, to each endpoint once. While an endpoint is
 * left undelivered it throws (an ordinary error: Temporal retries it with backoff); a delivered
 * endpoint is never posted again.
 */
export function postWebhookEffects({
  snapshot,
  webhooks,
}: PostWebhookPorts): PostWebhookEffectsApi {
  return {
    async postWebhook(input) {
      const round = await webhooks.deliver({
        key: eventKey(input),
        event: input.event,
        ...(input.endpoint ? { endpoint: input.endpoint } : {}),
        data: {
          record: { kind: input.kind, id: input.recordId },
          ...(await snapshot(input.kind, input.recordId)),
        },
        occurredAt: new Date(input.at),
      });
      if (round.failed.length > 0)
        throw new Error(
          `undelivered: ${round.failed.map((f) => `${f.endpoint} (${f.reason})`).join('; ')}`,
        );
      return { delivered: round.delivered };
    },
    async webhookGivenUp({ input, reason }) {
      await webhooks.giveUp(eventKey(input), reason);
    },
  };
}
