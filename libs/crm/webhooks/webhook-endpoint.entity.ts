import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * An outbound webhook endpoint an admin registered: where the rules' `post_webhook` deliveries
 * go. Its secret signs every delivery (HMAC, like the payment webhook's); kept as is, since the
 * server computes the HMAC, hidden from serialisation and shown once, on creation.
 */
/** The longest name (the column's length). */
export const WEBHOOK_NAME_LENGTH = 63;

@Entity({ tableName: 'webhook_endpoint' })
export class WebhookEndpoint {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** What the rules call it (`post_webhook: { endpoint: erp, … }`). */
  @Unique()
  @Property({ type: 'string', length: WEBHOOK_NAME_LENGTH })
  name: string;

  @Property({ type: 'string', length: 2000 })
  url: string;

  /** The events it receives (`deal.won`); the rules' `post_webhook: { event }` names one. */
  @Property({ type: 'text[]' })
  events: string[];

  @Property({ type: 'string', length: 64, hidden: true })
  secret: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  /** Removed endpoints receive nothing more; their deliveries are kept. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  removedAt?: Date | null;

  constructor(name: string, url: string, events: string[], secret: string) {
    this.name = name;
    this.url = url;
    this.events = events;
    this.secret = secret;
  }
}
