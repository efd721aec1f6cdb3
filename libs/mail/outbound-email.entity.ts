import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A message the system sends, keyed by what sent it (`deal-<id>/<effect key>`): a retried or
 * replayed effect finds its row and does not send again.
 */
@Entity({ tableName: 'outbound_email' })
export class OutboundEmail {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'string', length: 400 })
  key!: string;

  @Property({ type: 'string', length: 320 })
  to!: string;

  @Property({ type: 'string', length: 500 })
  subject!: string;

  /** `sending` while the transport has it; `sent` once it accepted the message. */
  @Enum({ items: ['sending', 'sent'] })
  status: 'sending' | 'sent' = 'sending';

  @Property({ type: 'string', length: 300 })
  messageId!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  sentAt?: Date | null;
}
