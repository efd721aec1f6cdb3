import { defineAction, type EffectTarget } from '../kit/action-plugin';

/**
 * `post_webhook: { event: deal.won }` (to every endpoint that receives the event) or
 * `post_webhook: { event: deal.won, endpoint: erp }` (to that one): a signed POST to the outbound
 * webhook endpoints admins registered (`/api/v1/webhook-endpoints`).
 */
export interface PostWebhook {
  event: string;
  endpoint?: string;
}

/** The command carries when the event happened: the body says so on every attempt. */
export type PostWebhookCommand = PostWebhook & { at: number };

export type PostWebhookInput = EffectTarget & PostWebhookCommand;

export interface PostWebhookEffectsApi {
  /** Posts to the endpoints not yet delivered; fails (to be retried) while any is left. */
  postWebhook(input: PostWebhookInput): Promise<{ delivered: number }>;
  /** After the last attempt: the deliveries left are failed, with the reason. */
  webhookGivenUp(input: { input: PostWebhookInput; reason: string }): Promise<void>;
}

/** Attempts of a delivery before it is given up (backoff 1 s, 2 s, 4 s, 8 s: about 15 s). */
export const WEBHOOK_ATTEMPTS = 5;

const EVENT = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;
const ENDPOINT = /^[a-z][a-z0-9_-]{0,62}$/;

export const postWebhookAction = defineAction<
  'post_webhook',
  PostWebhook,
  PostWebhookCommand,
  PostWebhookEffectsApi
>({
  type: 'post_webhook',
  settings: { event: 'required', endpoint: 'optional' },
  read(a, reader) {
    let ok = true;
    if (typeof a.event !== 'string' || a.event.length > 100 || !EVENT.test(a.event)) {
      reader.error(['event'], 'the event is a dotted name, like deal.won');
      ok = false;
    }
    if (
      a.endpoint !== undefined &&
      (typeof a.endpoint !== 'string' || !ENDPOINT.test(a.endpoint))
    ) {
      reader.error(['endpoint'], 'endpoint is the name of a registered webhook endpoint, like erp');
      ok = false;
    }
    if (!ok) return undefined;
    return {
      event: a.event as string,
      ...(a.endpoint !== undefined ? { endpoint: a.endpoint as string } : {}),
    };
  },
  describe: (a) => `post webhook ${a.event}${a.endpoint ? ` to ${a.endpoint}` : ''}`,
  command: (a, at) => ({ ...a, at }),
  timeline: (c) => ({
    kind: 'webhook',
    text: `${c.event}${c.endpoint ? ` to ${c.endpoint}` : ' to its endpoints'}`,
  }),
  // The record does not wait for the endpoints: the delivery runs in a workflow of its own,
  // retried with backoff, one per event (its id is the effect's), and says when it gives up.
  async carryOut(c, run) {
    const target = run.target(c.key);
    await run.detach({
      id: `webhook/${target.workflowId}/${c.key}`,
      effect: 'postWebhook',
      input: {
        ...target,
        event: c.event,
        ...(c.endpoint ? { endpoint: c.endpoint } : {}),
        at: c.at,
      } satisfies PostWebhookInput,
      attempts: WEBHOOK_ATTEMPTS,
      giveUp: 'webhookGivenUp',
    });
    run.note(`webhook ${c.event} on its way${c.endpoint ? ` to ${c.endpoint}` : ''}`);
    return undefined;
  },
});
