import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Invoice } from '../documents/invoice.entity';
import { User } from '../users/user.entity';

export const PAYMENT_STATUSES = ['applied', 'unmatched'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * Money received against an invoice, as an integration reported it. Written once by the payments
 * webhook and never changed but for an unmatched one that an admin matches to an invoice (status,
 * invoice, matchedAt, matchedBy; its `answer` stays what the webhook answered): the external id is unique per integration, so a repeated delivery
 * finds this row and answers what the first one answered (`answer`). A payment for an invoice
 * number nobody knows is kept as unmatched for review, never dropped.
 */
@Entity({ tableName: 'payment' })
@Unique({ properties: ['integration', 'externalId'] })
// The applied payments by when they were paid: the sales report's raw rows at its period's edges.
@Index({
  name: 'payment_applied_paid_at_index',
  expression: `create index "payment_applied_paid_at_index" on "payment" ("paid_at") include ("invoice_id", "amount", "currency") where "status" = 'applied'`,
})
export class Payment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The integration user whose key delivered it. */
  @ManyToOne(() => User, { ref: true })
  integration!: Ref<User>;

  @Property({ type: 'string', length: 200 })
  externalId!: string;

  @Index()
  @ManyToOne(() => Invoice, { ref: true, nullable: true })
  invoice?: Ref<Invoice> | null;

  /** The invoice number as the integration sent it (also kept when it matches no invoice). */
  @Property({ type: 'string', length: 64 })
  invoiceNumber!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  amount!: string;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  paidAt!: Date;

  @Index()
  @Enum({ items: [...PAYMENT_STATUSES] })
  status!: PaymentStatus;

  @Index()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt: Date = new Date();

  /** An unmatched payment an admin matched to an invoice afterwards: when, and who. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  matchedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  matchedBy?: Ref<User> | null;

  /**
   * The body of the first answer, repeated to every later delivery of the same external id. A
   * `json` column keeps the text as written (jsonb would reorder the keys), so a repeat answers
   * the same bytes.
   */
  @Property({ type: 'json', columnType: 'json' })
  answer!: Record<string, unknown>;
}
