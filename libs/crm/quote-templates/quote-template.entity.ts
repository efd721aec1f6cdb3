import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { type RowRequest } from '../documents/document-rows';

/**
 * A quote prepared in advance in a universal form (rows, texts, validity), personalised for a
 * deal when a quote is made from it. Sales ops and admins keep them; everyone reads them. The
 * rows are kept as entered (a product row without a price takes the catalogue's price of the
 * day the quote is made); the texts are templates (`{{contact.name}}`, `{{money … …}}`).
 */
@Entity({ tableName: 'quote_template' })
export class QuoteTemplate {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** How the rules name it (`send_quote: { quote_template: standard }`); never changes. */
  @Unique()
  @Property({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** The currency its rows are priced in: it makes quotes for deals in this currency only. */
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'json' })
  rows: RowRequest[] = [];

  /** Shown above the rows. */
  @Property({ type: 'text', nullable: true })
  intro?: string | null;

  /** Shown below the totals: payment and delivery terms. */
  @Property({ type: 'text', nullable: true })
  terms?: string | null;

  /** A quote made from it is valid until this many days after it is made. */
  @Property({ type: 'integer' })
  validityDays: number = 14;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  archivedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
