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

/** A bill. */
@Entity({ tableName: 'invoice' })
export class Invoice extends SalesDocument {
  @Enum({ items: [...INVOICE_STATUSES] })
  status: InvoiceStatus = 'draft';

  @Property({ type: 'date' })
  dueDate!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  amountPaid: string = '0';

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
