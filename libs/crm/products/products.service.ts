import { Injectable } from '@nestjs/common';
import {
  type FilterQuery,
  MikroORM,
  UniqueConstraintViolationException,
} from '@mikro-orm/postgresql';
import { checkIfMatch } from '../concurrency/if-match';
import { dateRanges, type ListQueryDto } from '../lists/list-query.dto';
import { type Page, paginate, type Sortable } from '../lists/pagination';
import { containsPattern } from '../lists/text-search';
import { atScale, SCALES } from '../money/money';
import { Product } from './product.entity';
import { NotFoundError, DuplicateError } from '../../errors';

export interface ProductInput {
  name?: string;
  sku?: string;
  description?: string | null;
  price?: string;
  currency?: string;
  taxRate?: string;
  taxIncluded?: boolean;
  unit?: string;
}

const PRODUCT_SORTS: Sortable = {
  name: { property: 'name', kind: 'string' },
  sku: { property: 'sku', kind: 'string' },
  createdAt: { property: 'createdAt', kind: 'date' },
};

export function productView(p: Product) {
  return {
    id: p.id,
    name: p.name,
    sku: p.sku,
    description: p.description ?? null,
    // A unit price keeps 4 decimals (a price per unit may be a fraction of a cent).
    price: atScale(p.price, SCALES.unitPrice),
    currency: p.currency,
    taxRate: atScale(p.taxRate, SCALES.percent),
    taxIncluded: p.taxIncluded,
    unit: p.unit,
    archivedAt: p.archivedAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}

@Injectable()
export class ProductsService {
  constructor(private readonly orm: MikroORM) {}

  async create(
    input: ProductInput & { name: string; sku: string; price: string; currency: string },
  ): Promise<Product> {
    const em = this.orm.em.fork();
    const product = new Product();
    this.apply(product, input);
    em.persist(product);
    await this.flushUnique(em, product.sku);
    return product;
  }

  async get(id: string): Promise<Product> {
    const product = await this.orm.em.fork().findOne(Product, { id });
    if (!product) throw new NotFoundError(`no product ${id}`);
    return product;
  }

  async update(id: string, input: ProductInput, ifMatch?: string): Promise<Product> {
    const em = this.orm.em.fork();
    const product = await em.findOne(Product, { id });
    if (!product) throw new NotFoundError(`no product ${id}`);
    checkIfMatch(ifMatch, product.version);
    this.apply(product, input);
    await this.flushUnique(em, product.sku);
    return product;
  }

  async archive(id: string, ifMatch?: string): Promise<void> {
    const em = this.orm.em.fork();
    const product = await em.findOne(Product, { id });
    if (!product) throw new NotFoundError(`no product ${id}`);
    checkIfMatch(ifMatch, product.version);
    product.archivedAt ??= new Date();
    await em.flush();
  }

  async list(
    q: ListQueryDto & { q?: string; currency?: string; archived?: boolean },
  ): Promise<Page<Product>> {
    const where: Record<string, unknown> = {
      ...dateRanges(q),
      archivedAt: q.archived ? { $ne: null } : null,
    };
    if (q.currency) where.currency = q.currency;
    if (q.q)
      where.$or = [
        { name: { $ilike: containsPattern(q.q) } },
        { sku: { $ilike: containsPattern(q.q) } },
      ];
    return paginate(
      this.orm.em.fork(),
      Product,
      where as FilterQuery<Product>,
      { limit: q.limit, cursor: q.cursor, offset: q.offset, sort: q.sort ?? 'name' },
      PRODUCT_SORTS,
    );
  }

  private apply(product: Product, input: ProductInput) {
    if (input.name !== undefined) product.name = input.name;
    if (input.sku !== undefined) product.sku = input.sku;
    if (input.description !== undefined) product.description = input.description;
    if (input.currency !== undefined) product.currency = input.currency;
    if (input.price !== undefined) product.price = input.price;
    if (input.taxRate !== undefined) product.taxRate = input.taxRate;
    if (input.taxIncluded !== undefined) product.taxIncluded = input.taxIncluded;
    if (input.unit !== undefined) product.unit = input.unit;
  }

  private async flushUnique(em: ReturnType<MikroORM['em']['fork']>, sku: string) {
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new DuplicateError('sku', `a product with SKU ${sku} exists`);
      throw error;
    }
  }
}
