import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export const OUTBOUND_EMAIL_STATUSES = ['sending', 'sent', 'failed'] as const;
export type OutboundEmailStatus = (typeof OUTBOUND_EMAIL_STATUSES)[number];

/**
 * A message the system sends, keyed by what sent it (`deal-<id>/<effect key>`,
 * `activity-<id>/email`): a retried or replayed effect finds its row and does not send again. The
 * record it concerns (a deal, lead, contact or company) shows it in its timeline, with its text.
 */
@Entity({ tableName: 'outbound_email' })
@Index({ properties: ['recordType', 'recordId', 'createdAt'] })
// The record of an email of the rules (`deal-<uuid>/…`): the automation facts' triggers find it.
@Index({
  name: 'outbound_email_workflow_record_index',
  expression: `create index "outbound_email_workflow_record_index" on "outbound_email" (substring("key" from 6 for 36)) where "key" like 'deal-%' or "key" like 'lead-%'`,
})
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

  /** The text of the message (its plain-text version); null for mail sent before it was kept. */
  @Property({ type: 'text', nullable: true })
  body?: string | null;

  /** `lead`, `deal`, `contact` or `company`; null for mail about no record (an invitation). */
  @Property({ type: 'string', length: 8, nullable: true })
  recordType?: string | null;

  @Property({ type: 'uuid', nullable: true })
  recordId?: string | null;

  /**
   * `sending` while the transport has it; `sent` once it accepted the message; `failed` when the
   * transport refused it or could not be reached (`error` says why): sending again retries it.
   */
  @Enum({ items: [...OUTBOUND_EMAIL_STATUSES] })
  status: OutboundEmailStatus = 'sending';

  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Property({ type: 'string', length: 300 })
  messageId!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  sentAt?: Date | null;
}
