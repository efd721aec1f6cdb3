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
import { SalesDocument } from './sales-document.entity';

export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'declined', 'expired'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/** Not answered yet: such a quote expires when its validity date is over. */
export const OPEN_QUOTE_STATUSES: readonly QuoteStatus[] = ['draft', 'sent'];

/**
 * A commercial proposal: draft, sent, accepted or declined by the customer, expired once its
 * validity date is over unanswered (its deal's workflow marks it).
 */
@Entity({ tableName: 'quote' })
export class Quote extends SalesDocument {
  @Enum({ items: [...QUOTE_STATUSES] })
  status: QuoteStatus = 'draft';

  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;

  /** The quote template it was made from (a plain id: templates build on documents). */
  @Property({ type: 'uuid', nullable: true })
  templateId?: string | null;

  /** Shown above the rows (from the template, personalised; editable as the rest). */
  @Property({ type: 'text', nullable: true })
  intro?: string | null;

  /** Shown below the totals: payment and delivery terms. */
  @Property({ type: 'text', nullable: true })
  terms?: string | null;

  /** When its deal's workflow found it unanswered past its validity date. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  expiredAt?: Date | null;

  @OneToMany(() => QuoteRow, (row) => row.quote, {
    cascade: [Cascade.ALL],
    orphanRemoval: true,
    orderBy: { position: 'asc' },
  })
  rows = new Collection<QuoteRow>(this);
}

@Entity({ tableName: 'quote_row' })
export class QuoteRow extends DocumentRow {
  @Index()
  @ManyToOne(() => Quote, { ref: true, deleteRule: 'cascade' })
  quote!: Ref<Quote>;
}
