import { Entity, Index, ManyToOne, type Ref } from '@mikro-orm/core';
import { DocumentRow } from '../documents/document-row.entity';
import { Deal } from '../deals/deal.entity';

/**
 * A product row of a deal: what the deal is about to sell, with the same money rules as a quote's
 * or an invoice's rows (DocumentRow: a copy of the product's name, unit, price and tax, and the
 * amounts the server computed). The deal's amount follows their total unless set by hand.
 */
@Entity({ tableName: 'deal_product' })
export class DealProduct extends DocumentRow {
  @Index()
  @ManyToOne(() => Deal, { ref: true, deleteRule: 'cascade' })
  deal!: Ref<Deal>;
}
