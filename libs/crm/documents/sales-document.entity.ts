import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Company } from '../companies/company.entity';
import { CrmRecord } from '../records/crm-record.entity';
import { Contact } from '../contacts/contact.entity';
import { Deal } from '../deals/deal.entity';

/** What quotes and invoices share: a number, the buyer, a currency and the totals of their rows. */
@Entity({ abstract: true })
export abstract class SalesDocument extends CrmRecord {
  /** Q-2026-00042 / INV-2026-00042: unique and gap-free per year. */
  @Property({ type: 'string', length: 32, unique: true })
  number!: string;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  /** The deal the document belongs to. */
  @Index()
  @ManyToOne(() => Deal, { ref: true, nullable: true })
  deal?: Ref<Deal> | null;

  @ManyToOne(() => Company, { ref: true, nullable: true })
  company?: Ref<Company> | null;

  @ManyToOne(() => Contact, { ref: true, nullable: true })
  contact?: Ref<Contact> | null;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  gross!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  discount!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  net!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  tax!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  total!: string;
}
