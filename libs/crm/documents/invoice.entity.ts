import {
  Cascade,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { User } from '../users/user.entity';
import { DocumentRow } from './document-row.entity';
import { Quote } from './quote.entity';
import { SalesDocument } from './sales-document.entity';

export const INVOICE_STATUSES = [
  'draft',
  'sent',
  'partially_paid',
  'paid',
  'overdue',
  'cancelled',
] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** What is still to be paid: such an invoice becomes overdue when its due date is over. */
export const UNPAID_INVOICE_STATUSES: readonly InvoiceStatus[] = [
  'draft',
  'sent',
  'partially_paid',
];

/**
 * A bill: draft (numbered, not mailed yet), sent, partially paid, paid; overdue once its due date
 * is over unpaid (its deal's workflow marks it); cancelled with a reason by a head or an admin.
 */
@Entity({ tableName: 'invoice' })
export class Invoice extends SalesDocument {
  @Enum({ items: [...INVOICE_STATUSES] })
  status: InvoiceStatus = 'draft';

  @Property({ type: 'date' })
  dueDate!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  amountPaid: string = '0';

  /** When its deal's workflow found it unpaid past its due date. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  overdueAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  cancelledBy?: Ref<User> | null;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  /** The quote this invoice was issued from, if any. */
  @ManyToOne(() => Quote, { ref: true, nullable: true })
  quote?: Ref<Quote> | null;

  @OneToMany(() => InvoiceRow, (row) => row.invoice, {
    cascade: [Cascade.ALL],
    orphanRemoval: true,
    orderBy: { position: 'asc' },
  })
  rows = new Collection<InvoiceRow>(this);
}

@Entity({ tableName: 'invoice_row' })
export class InvoiceRow extends DocumentRow {
  @Index()
  @ManyToOne(() => Invoice, { ref: true, deleteRule: 'cascade' })
  invoice!: Ref<Invoice>;
}
