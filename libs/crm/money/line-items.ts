import { formatAmount, money, type MoneyValue, roundTo } from './money';

/** A product row of a quote or an invoice, as entered. */
export interface RowInput {
  quantity: string;
  unitPrice: string;
  /** Percent off, 0 to 100. */
  discountPercent?: string;
  /** Percent, e.g. "20" for 20 % VAT. */
  taxRate?: string;
  /** Whether unitPrice already includes the tax. */
  taxIncluded?: boolean;
}

/** A row's computed amounts, each rounded to the currency's minor unit. */
export interface RowAmounts {
  /** quantity × unit price, before discount. */
  gross: string;
  discount: string;
  /** Without tax, after discount. */
  net: string;
  tax: string;
  /** What the customer pays for the row. */
  total: string;
}

export interface DocumentTotals {
  /** Sum of the rows before discount. */
  gross: string;
  discount: string;
  /** Sum of the rows without tax. */
  net: string;
  tax: string;
  total: string;
  /** Tax per rate, for the document's tax breakdown. */
  taxes: { rate: string; net: string; tax: string }[];
}

/**
 * One row: gross = quantity × price (rounded); discount = gross × discount %;
 * with tax excluded, tax = (gross − discount) × rate and total = net + tax;
 * with tax included, tax = (gross − discount) × rate / (100 + rate) and
 * net = total − tax. Discount, tax and total are rounded half-up to the
 * currency's minor unit; net is what remains, so net + tax = total exactly.
 */
export function computeRow(row: RowInput, currency: string): RowAmounts {
  const roundedGross = roundTo(money(row.quantity).times(row.unitPrice), currency);
  const discount = roundTo(roundedGross.times(row.discountPercent ?? '0').dividedBy(100), currency);
  const afterDiscount = roundedGross.minus(discount);
  const rate = money(row.taxRate ?? '0');
  let net: MoneyValue;
  let tax: MoneyValue;
  let total: MoneyValue;
  if (row.taxIncluded) {
    total = afterDiscount;
    tax = roundTo(total.times(rate).dividedBy(rate.plus(100)), currency);
    net = total.minus(tax);
  } else {
    net = afterDiscount;
    tax = roundTo(net.times(rate).dividedBy(100), currency);
    total = net.plus(tax);
  }
  return {
    gross: formatAmount(roundedGross, currency),
    discount: formatAmount(discount, currency),
    net: formatAmount(net, currency),
    tax: formatAmount(tax, currency),
    total: formatAmount(total, currency),
  };
}

/** The totals of a document: sums of its rounded rows, and the tax per rate. */
export function computeTotals(
  rows: { input: RowInput; amounts: RowAmounts }[],
  currency: string,
): DocumentTotals {
  const sum = (pick: (a: RowAmounts) => string) =>
    rows.reduce((acc, r) => acc.plus(pick(r.amounts)), money(0));
  const byRate = new Map<string, { net: MoneyValue; tax: MoneyValue }>();
  for (const r of rows) {
    const rate = money(r.input.taxRate ?? '0').toString();
    const entry = byRate.get(rate) ?? { net: money(0), tax: money(0) };
    entry.net = entry.net.plus(r.amounts.net);
    entry.tax = entry.tax.plus(r.amounts.tax);
    byRate.set(rate, entry);
  }
  return {
    gross: formatAmount(
      sum((a) => a.gross),
      currency,
    ),
    discount: formatAmount(
      sum((a) => a.discount),
      currency,
    ),
    net: formatAmount(
      sum((a) => a.net),
      currency,
    ),
    tax: formatAmount(
      sum((a) => a.tax),
      currency,
    ),
    total: formatAmount(
      sum((a) => a.total),
      currency,
    ),
    taxes: [...byRate.entries()]
      .sort((a, b) => money(a[0]).comparedTo(b[0]))
      .map(([rate, v]) => ({
        rate,
        net: formatAmount(v.net, currency),
        tax: formatAmount(v.tax, currency),
      })),
  };
}
