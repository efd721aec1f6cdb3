import { randomBytes } from 'node:crypto';
import { ref } from '@mikro-orm/core';
import { EntityManager, MikroORM, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { DuplicateError, NotFoundError } from '../../errors';
import { lockForTransaction } from '../../sql/advisory-lock';
import { type Page, type PageRequest, paginate } from '../lists/pagination';
import { WebhookAttempt, WebhookDelivery } from './webhook-delivery.entity';
import { WEBHOOK_NAME_LENGTH, WebhookEndpoint } from './webhook-endpoint.entity';
import { postSigned } from './webhook-post';

/** A new endpoint's secret: `whsec_` and 43 URL-safe characters (256 bits). */
export function generateEndpointSecret(): string {
  return 'whsec_' + randomBytes(32).toString('base64url');
}

/** What a delivery is about: the event, the record, and when it happened. */
export interface WebhookEvent {
  /** `<workflow id>/<effect key>`: one per rule action that ran. */
  key: string;
  event: string;
  /** One endpoint by name, or every endpoint that receives `event`. */
  endpoint?: string;
  /** The body's `data`. */
  data: Record<string, unknown>;
  occurredAt: Date;
}

export interface DeliveryRound {
  delivered: number;
  failed: { endpoint: string; reason: string }[];
}

const DELIVERY_SORT = { createdAt: { property: 'createdAt', kind: 'date' as const } };

/** Outbound webhooks: the endpoints admins register, and the deliveries the rules send them. */
@Injectable()
export class WebhooksService {
  constructor(private readonly orm: MikroORM) {}

  async register(input: {
    name: string;
    url: string;
    events: string[];
  }): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const em = this.orm.em.fork();
    const secret = generateEndpointSecret();
    const endpoint = new WebhookEndpoint(input.name, input.url, [...new Set(input.events)], secret);
    try {
      await em.persist(endpoint).flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new DuplicateError('name', `an endpoint named "${input.name}" exists`);
      throw error;
    }
    return { endpoint, secret };
  }

  list(): Promise<WebhookEndpoint[]> {
    return this.orm.em
      .fork()
      .find(WebhookEndpoint, { removedAt: null }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async get(id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.orm.em.fork().findOne(WebhookEndpoint, { id, removedAt: null });
    if (!endpoint) throw new NotFoundError(`no webhook endpoint ${id}`);
    return endpoint;
  }

  /**
   * Changes where an endpoint is and what it receives (its name, which the rules use, stays).
   * Deliveries already made keep going to the endpoint, now at its new address.
   */
  async update(id: string, input: { url?: string; events?: string[] }): Promise<WebhookEndpoint> {
    const em = this.orm.em.fork();
    const endpoint = await em.findOne(WebhookEndpoint, { id, removedAt: null });
    if (!endpoint) throw new NotFoundError(`no webhook endpoint ${id}`);
    if (input.url !== undefined) endpoint.url = input.url;
    if (input.events !== undefined) endpoint.events = [...new Set(input.events)];
    await em.flush();
    return endpoint;
  }

  /**
   * A new signing secret for an endpoint (the old one leaked, or is due): the old one signs
   * nothing more. The new one is answered this once.
   */
  async rotateSecret(id: string): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const em = this.orm.em.fork();
    const endpoint = await em.findOne(WebhookEndpoint, { id, removedAt: null });
    if (!endpoint) throw new NotFoundError(`no webhook endpoint ${id}`);
    const secret = generateEndpointSecret();
    endpoint.secret = secret;
    await em.flush();
    return { endpoint, secret };
  }

  /**
   * Removes an endpoint: it receives nothing more, its deliveries stay listed. Its name is freed
   * (renamed aside), so that another endpoint may take it. Removing it again changes nothing.
   */
  async remove(id: string): Promise<void> {
    const em = this.orm.em.fork();
    const endpoint = await em.findOne(WebhookEndpoint, { id });
    if (!endpoint || endpoint.removedAt) return;
    endpoint.removedAt = new Date();
    // Within the column's 63 characters: a name's first 18, the marker's 9 and the id's 36.
    const suffix = `~removed~${endpoint.id}`;
    endpoint.name = `${endpoint.name.slice(0, WEBHOOK_NAME_LENGTH - suffix.length)}${suffix}`;
    await em.flush();
  }

  /** An endpoint's deliveries, newest first by default, each with its attempts. */
  async deliveries(endpointId: string, page: PageRequest): Promise<Page<WebhookDelivery>> {
    const em = this.orm.em.fork();
    if (!(await em.count(WebhookEndpoint, { id: endpointId })))
      throw new NotFoundError(`no webhook endpoint ${endpointId}`);
    return paginate(em, WebhookDelivery, { endpoint: { id: endpointId } }, page, DELIVERY_SORT, {
      populate: ['attempts'] as never,
    });
  }

  /**
   * Delivers an event to its endpoints: the deliveries are made on the first call (one per
   * endpoint, their bodies fixed then), and each call posts those not yet delivered. Throws when
   * any is left undelivered, so the caller (a Temporal activity) retries it; a delivered one is
   * never posted again.
   */
  async deliver(event: WebhookEvent): Promise<DeliveryRound> {
    const pending = await this.prepare(event);
    const round: DeliveryRound = { delivered: 0, failed: [] };
    for (const { delivery, endpoint } of pending) {
      const outcome = await this.attempt(delivery, endpoint);
      if (outcome.ok) round.delivered++;
      else round.failed.push({ endpoint: endpoint.name, reason: outcome.reason });
    }
    return round;
  }

  /** After the last attempt: the deliveries of the event still pending are failed, with why. */
  async giveUp(eventKey: string, reason: string): Promise<void> {
    await this.orm.em
      .fork()
      .nativeUpdate(
        WebhookDelivery,
        { eventKey, status: 'pending' },
        { status: 'failed', failure: reason.slice(0, 1000) },
      );
  }

  private async prepare(
    event: WebhookEvent,
  ): Promise<{ delivery: WebhookDelivery; endpoint: WebhookEndpoint }[]> {
    return this.orm.em.fork().transactional(async (tx: EntityManager) => {
      await lockForTransaction(tx, `webhook:${event.key}`);
      let deliveries: WebhookDelivery[] = await tx.find(
        WebhookDelivery,
        { eventKey: event.key },
        { populate: ['endpoint'], orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      if (deliveries.length === 0) {
        const endpoints = await tx.find(
          WebhookEndpoint,
          event.endpoint
            ? { name: event.endpoint, removedAt: null }
            : { events: { $contains: [event.event] }, removedAt: null },
          { orderBy: { createdAt: 'asc', id: 'asc' } },
        );
        if (event.endpoint && endpoints.length === 0)
          throw new NotFoundError(`no webhook endpoint named "${event.endpoint}"`);
        deliveries = endpoints.map((endpoint) => {
          const delivery = new WebhookDelivery(ref(endpoint), event.key, event.event, '');
          delivery.body = JSON.stringify({
            id: delivery.id,
            event: event.event,
            occurredAt: event.occurredAt.toISOString(),
            data: event.data,
          });
          return delivery;
        });
        tx.persist(deliveries);
      }
      return deliveries
        .filter((d) => d.status === 'pending')
        .map((delivery) => ({ delivery, endpoint: delivery.endpoint.getEntity() }));
    });
  }

  /** One POST of a delivery, kept with its answer; the delivery is marked delivered on a 2xx. */
  private async attempt(
    delivery: WebhookDelivery,
    endpoint: WebhookEndpoint,
  ): Promise<{ ok: true } | { ok: false; reason: string }> {
    const at = new Date();
    const answer = await postSigned(endpoint.url, endpoint.secret, delivery.id, delivery.body);
    const em = this.orm.em.fork();
    const number = (await em.count(WebhookAttempt, { delivery: delivery.id })) + 1;
    const attempt = new WebhookAttempt(
      em.getReference(WebhookDelivery, delivery.id, { wrapped: true }),
      number,
      at,
      answer.durationMs,
    );
    attempt.status = answer.status ?? null;
    attempt.answer = answer.text.slice(0, 1000);
    em.persist(attempt);
    if (answer.ok)
      await em.nativeUpdate(
        WebhookDelivery,
        { id: delivery.id },
        { status: 'delivered', deliveredAt: new Date() },
      );
    await em.flush();
    return answer.ok
      ? { ok: true }
      : {
          ok: false,
          reason: answer.status ? `HTTP ${answer.status}` : answer.text || 'no answer',
        };
  }
}
