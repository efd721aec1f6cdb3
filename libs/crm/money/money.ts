import Decimal from 'decimal.js';

/**
 * Money is decimal, never a float, and always has a currency. Amounts travel
 * as strings ("1234.50"); arithmetic uses decimal.js.
 *
 * Rounding rule (documented in docs/money.md): each row's discount, tax and
 * total are rounded half-up (away from zero at .5) to the currency's minor
 * unit; document totals are the sums of the rounded rows, so the rows always
 * add up to the totals printed on the document.
 */

// A Decimal of its own, configured for money, so other users of decimal.js are not affected.
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type MoneyValue = InstanceType<typeof Money>;

/** Currencies whose minor unit is not the cent. Everything else has two decimals. */
const MINOR_UNITS: Record<string, number> = {
  JPY: 0,
  KRW: 0,
  VND: 0,
  CLP: 0,
  ISK: 0,
  UGX: 0,
  XAF: 0,
  XOF: 0,
  BHD: 3,
  KWD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
  LYD: 3,
  IQD: 3,
};

/** The most decimals any currency has (KWD, BHD…): what an amount may carry before its currency is known. */
export const MAX_MINOR_UNITS = Math.max(2, ...Object.values(MINOR_UNITS));

export function minorUnits(currency: string): number {
  return MINOR_UNITS[currency] ?? 2;
}

export const CURRENCY = /^[A-Z]{3}$/;
/** An amount as the API accepts it: up to 15 integer digits and up to 4 decimals (under STORED_AMOUNT_LIMIT). */
export const AMOUNT = /^-?\d{1,15}(\.\d{1,4})?$/;

export function money(value: string | number | MoneyValue): MoneyValue {
  return new Money(value);
}

/** Amounts are stored as numeric(19, 4): under 10^15 either side of zero. */
export const STORED_AMOUNT_LIMIT = money('1000000000000000');

/** Whether an amount fits its numeric(19, 4) column (what a write of it would otherwise fail on). */
export function fitsStoredAmount(amount: string | MoneyValue): boolean {
  return money(amount).abs().lt(STORED_AMOUNT_LIMIT);
}

/** Rounds half-up to the currency's minor unit. */
export function roundTo(value: MoneyValue, currency: string): MoneyValue {
  return value.toDecimalPlaces(minorUnits(currency), Money.ROUND_HALF_UP);
}

/** The amount as a string with exactly the currency's decimals: "1234.50", "1200" (JPY). */
export function formatAmount(value: MoneyValue, currency: string): string {
  return roundTo(value, currency).toFixed(minorUnits(currency));
}

/**
 * Decimal strings come back at one scale per field, never trimmed, so that clients can compare
 * them as strings (docs/api.md, "Decimal strings"): amounts at their currency's minor units
 * (`formatAmount`), the others at these.
 */
export const SCALES = {
  /** A unit price (a product's price, a row's unit price): a fraction of a cent is allowed. */
  unitPrice: 4,
  /** A quantity of a document row. */
  quantity: 3,
  /** A percentage: tax rates and discounts. */
  percent: 2,
} as const;

/** A decimal at a fixed scale: `atScale("100.5", 4)` is `"100.5000"` (half-up past the scale). */
export function atScale(value: string | MoneyValue, scale: number): string {
  return money(value).toFixed(scale, Money.ROUND_HALF_UP);
}

/** Whether an amount has no more decimals than the currency allows. */
export function fitsCurrency(amount: string, currency: string): boolean {
  const decimals = amount.split('.')[1]?.length ?? 0;
  return decimals <= minorUnits(currency);
}

/**
 * An amount as a person reads it, in their locale: `$12,000.00` (en-US), `12.000,00 €` (de-DE),
 * `￥12,000` (ja-JP): the currency's minor units (ISO 4217: USD 2, JPY 0, KWD 3), rounded
 * half-up, formatted by Intl from the exact decimal (never a float). Something that is not an
 * amount and a currency is shown as it came.
 */
export function formatMoney(
  amount: string,
  currency: string,
  locale: string,
  display: 'symbol' | 'code' = 'symbol',
): string {
  if (!/^-?\d+(\.\d+)?$/.test(amount) || !CURRENCY.test(currency))
    return `${amount} ${currency}`.trim();
  const digits = minorUnits(currency);
  const exact = formatAmount(money(amount), currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: display,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(exact as unknown as number); // Intl formats a decimal string exactly
}
