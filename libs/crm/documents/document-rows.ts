import { type FieldProblem, InvalidFieldsError } from '../../errors';
import { type EntityManager, ref } from '@mikro-orm/postgresql';
import {
  computeRow,
  computeTotals,
  type DocumentTotals,
  type RowAmounts,
  type RowInput,
} from '../money/line-items';
import { atScale, fitsStoredAmount, formatAmount, money, SCALES } from '../money/money';
import { Product } from '../products/product.entity';
import { type DocumentRow } from './document-row.entity';

/** A row as a request gives it: a product (its values are defaults) or a free row. */
export interface RowRequest {
  productId?: string;
  name?: string;
  unit?: string;
  quantity: string;
  unitPrice?: string;
  discountPercent?: string;
  taxRate?: string;
  taxIncluded?: boolean;
}

export interface BuiltRow {
  product: Product | null;
  name: string;
  unit: string;
  input: Required<RowInput>;
  amounts: RowAmounts;
}

/**
 * Resolves the rows of a document (or of a deal's products) and computes their amounts and the
 * totals. A product priced in another currency than the document is refused: the server never
 * converts money. Amounts or totals reaching 10^15 (the columns' bound) are refused, naming the
 * row's quantity or the rows.
 */
export async function buildRows(
  em: EntityManager,
  rows: RowRequest[],
  currency: string,
): Promise<{ rows: BuiltRow[]; totals: DocumentTotals }> {
  const ids = [...new Set(rows.map((r) => r.productId).filter((id): id is string => !!id))];
  const products = ids.length ? await em.find(Product, { id: { $in: ids } }) : [];
  const problems: FieldProblem[] = [];
  const refuse = (i: number, field: string, problem: string) =>
    void problems.push({ field: `rows.${i}.${field}`, problem });
  const built = rows.map((r, i): BuiltRow | undefined => {
    const product = r.productId ? products.find((p) => p.id === r.productId) : undefined;
    if (r.productId && !product) return refuse(i, 'productId', `no product ${r.productId}`);
    if (product?.archivedAt) return refuse(i, 'productId', `product ${product.sku} is archived`);
    if (product && product.currency !== currency) {
      return refuse(
        i,
        'productId',
        `${product.sku} is priced in ${product.currency}, the document is in ${currency}; mixed currencies are refused`,
      );
    }
    const name = r.name ?? product?.name;
    const unitPrice = r.unitPrice ?? product?.price;
    if (!name) return refuse(i, 'name', `a row without a product needs a name`);
    if (unitPrice === undefined)
      return refuse(i, 'unitPrice', `a row without a product needs a unit price`);
    const input: Required<RowInput> = {
      quantity: money(r.quantity).toString(),
      unitPrice: money(unitPrice).toString(),
      discountPercent: money(r.discountPercent ?? '0').toString(),
      taxRate: money(r.taxRate ?? product?.taxRate ?? '0').toString(),
      taxIncluded: r.taxIncluded ?? product?.taxIncluded ?? false,
    };
    return {
      product: product ?? null,
      name,
      unit: r.unit ?? product?.unit ?? 'pcs',
      input,
      amounts: computeRow(input, currency),
    };
  });
  built.forEach((row, i) => {
    if (row && !Object.values(row.amounts).every(fitsStoredAmount))
      refuse(i, 'quantity', 'quantity × unit price is more than a row can hold (under 10^15)');
  });
  if (problems.length > 0) throw new InvalidFieldsError(problems);
  const ok = built as BuiltRow[];
  const totals = computeTotals(ok, currency);
  if (
    ![totals.gross, totals.discount, totals.net, totals.tax, totals.total].every(fitsStoredAmount)
  )
    throw new InvalidFieldsError([
      { field: 'rows', problem: 'the rows add up to more than an amount can hold (under 10^15)' },
    ]);
  return { rows: ok, totals };
}

/** Copies a built row into a row entity. */
export function fillRow<R extends DocumentRow>(row: R, built: BuiltRow, position: number): R {
  row.position = position;
  row.product = built.product ? ref(built.product) : null;
  row.name = built.name;
  row.unit = built.unit;
  row.quantity = built.input.quantity;
  row.unitPrice = built.input.unitPrice;
  row.discountPercent = built.input.discountPercent;
  row.taxRate = built.input.taxRate;
  row.taxIncluded = built.input.taxIncluded;
  Object.assign(row, built.amounts);
  return row;
}

/** A row as the API shows it: amounts with the currency's decimals, the rest at their scales. */
export function rowView(row: DocumentRow, currency: string) {
  const amount = (v: string) => formatStored(v, currency);
  return {
    id: row.id,
    position: row.position,
    productId: row.product?.id ?? null,
    name: row.name,
    unit: row.unit,
    quantity: atScale(row.quantity, SCALES.quantity),
    unitPrice: atScale(row.unitPrice, SCALES.unitPrice),
    discountPercent: atScale(row.discountPercent, SCALES.percent),
    taxRate: atScale(row.taxRate, SCALES.percent),
    taxIncluded: row.taxIncluded,
    gross: amount(row.gross),
    discount: amount(row.discount),
    net: amount(row.net),
    tax: amount(row.tax),
    total: amount(row.total),
  };
}

/** The totals of stored rows: the sums of their rounded amounts, as when they were written. */
export function storedTotals(rows: DocumentRow[], currency: string): DocumentTotals {
  return computeTotals(
    rows.map((r) => ({
      input: { quantity: r.quantity, unitPrice: r.unitPrice, taxRate: r.taxRate },
      amounts: { gross: r.gross, discount: r.discount, net: r.net, tax: r.tax, total: r.total },
    })),
    currency,
  );
}

export function formatStored(value: string, currency: string): string {
  return formatAmount(money(value), currency);
}
