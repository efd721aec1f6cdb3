import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Product } from '../products/product.entity';

/**
 * A product row of a quote or an invoice: what was entered (a copy of the
 * product's name, unit, price and tax at the time, so later catalogue changes
 * do not rewrite documents) and the amounts the server computed.
 */
@Entity({ abstract: true })
export abstract class DocumentRow {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'integer' })
  position!: number;

  @ManyToOne(() => Product, { ref: true, nullable: true })
  product?: Ref<Product> | null;

  @Property({ type: 'string', length: 300 })
  name!: string;

  @Property({ type: 'string', length: 20 })
  unit!: string;

  @Property({ type: 'decimal', precision: 15, scale: 3 })
  quantity!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  unitPrice!: string;

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  discountPercent!: string;

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  taxRate!: string;

  @Property({ type: 'boolean' })
  taxIncluded!: boolean;

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
