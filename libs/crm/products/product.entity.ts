import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A catalogue item: what quotes and invoices list. */
@Entity({ tableName: 'product' })
export class Product {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 300 })
  name!: string;

  @Unique()
  @Property({ type: 'string', length: 64 })
  sku!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Unit price, decimal string. */
  @Property({ type: 'decimal', precision: 19, scale: 4 })
  price!: string;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  /** Percent, e.g. "20.00". */
  @Property({ type: 'decimal', precision: 5, scale: 2 })
  taxRate: string = '0';

  @Property({ type: 'boolean' })
  taxIncluded: boolean = false;

  @Property({ type: 'string', length: 20 })
  unit: string = 'pcs';

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  archivedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
