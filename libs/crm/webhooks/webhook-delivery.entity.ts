import { randomUUID } from 'node:crypto';
import {
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  Collection,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { WebhookEndpoint } from './webhook-endpoint.entity';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/**
 * One event for one endpoint: its id is the delivery id the receiver sees (the same on every
 * attempt), its body is fixed when it is created, so every attempt sends the same bytes. One per
 * (event key, endpoint): an event is never delivered twice to an endpoint.
 */
@Entity({ tableName: 'webhook_delivery' })
@Unique({ properties: ['eventKey', 'endpoint'] })
@Index({ properties: ['endpoint', 'createdAt'] })
export class WebhookDelivery {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => WebhookEndpoint, { ref: true })
  endpoint: Ref<WebhookEndpoint>;

  /** The rule action that sent it: `<workflow id>/<effect key>`. */
  @Property({ type: 'string', length: 300 })
  eventKey: string;

  @Property({ type: 'string', length: 100 })
  event: string;

  /** The body sent, as sent. */
  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'string', length: 16 })
  status: DeliveryStatus = 'pending';

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;

  /** Why it was given up, after the last attempt. */
  @Property({ type: 'text', nullable: true })
  failure?: string | null;

  @OneToMany(() => WebhookAttempt, (a) => a.delivery, { orderBy: { number: 'asc' } })
  attempts = new Collection<WebhookAttempt>(this);

  constructor(endpoint: Ref<WebhookEndpoint>, eventKey: string, event: string, body: string) {
    this.endpoint = endpoint;
    this.eventKey = eventKey;
    this.event = event;
    this.body = body;
  }
}

/** One POST of a delivery and what the endpoint answered (or why there was no answer). */
@Entity({ tableName: 'webhook_attempt' })
@Unique({ properties: ['delivery', 'number'] })
export class WebhookAttempt {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => WebhookDelivery, { ref: true })
  delivery: Ref<WebhookDelivery>;

  /** 1, 2, …: the order of the attempts of one delivery. */
  @Property({ type: 'integer' })
  number: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date;

  /** The HTTP status answered; null when no answer came (refused, timed out). */
  @Property({ type: 'integer', nullable: true })
  status?: number | null;

  /** The first 1,000 characters of the answer's body, or why there was none. */
  @Property({ type: 'text', nullable: true })
  answer?: string | null;

  @Property({ type: 'integer' })
  durationMs: number;

  constructor(delivery: Ref<WebhookDelivery>, number: number, at: Date, durationMs: number) {
    this.delivery = delivery;
    this.number = number;
    this.at = at;
    this.durationMs = durationMs;
  }
}
