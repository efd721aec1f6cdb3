import { type FieldProblem, InvalidFieldsError } from '../../errors';
import { AMOUNT, CURRENCY, fitsCurrency, formatAmount, minorUnits, money } from '../money/money';
import {
  CUSTOM_TEXT_MAX,
  type CustomFieldDefinition,
  type CustomMoney,
  type CustomValue,
} from './custom-field-types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a calendar date written YYYY-MM-DD (2027-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

/**
 * The custom values a record will hold after a write: `input` (a map by code; `null` or an empty
 * text clears a value) over `current`. Every problem is named `custom.<code>` and all are reported
 * at once (400): a code that is not an active field of the record type, a value of the wrong type,
 * an option not in the list, a money amount without its currency or with more decimals than the
 * currency has, a date that is not YYYY-MM-DD, and a required field left without a value. Values
 * a record already holds under a field deactivated since are kept as they are.
 */
export function checkCustomValues(
  definitions: readonly CustomFieldDefinition[],
  input: unknown,
  current: Record<string, unknown>,
  what: string,
): Record<string, unknown> {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new InvalidFieldsError(
      [{ field: 'custom', problem: 'must be an object of custom values by field code' }],
      { malformed: true },
    );
  const active = new Map(definitions.filter((d) => d.active).map((d) => [d.code, d]));
  const problems: FieldProblem[] = [];
  const next: Record<string, unknown> = { ...current };
  for (const [code, value] of Object.entries(input as Record<string, unknown>)) {
    const definition = active.get(code);
    if (!definition) {
      const codes = [...active.keys()].join(', ') || 'none';
      problems.push({
        field: `custom.${code}`,
        problem: `is not a custom field of ${what} (its fields: ${codes})`,
      });
      continue;
    }
    const checked = checkValue(definition, value);
    if (typeof checked === 'object' && checked !== null && 'problem' in checked) {
      problems.push({ field: `custom.${code}`, problem: checked.problem });
    } else if (checked === undefined) {
      delete next[code];
    } else {
      next[code] = checked;
    }
  }
  for (const definition of active.values())
    if (
      definition.required &&
      next[definition.code] === undefined &&
      !problemFor(problems, definition.code)
    )
      problems.push({ field: `custom.${definition.code}`, problem: 'is required' });
  if (problems.length > 0) throw new InvalidFieldsError(problems, { malformed: true });
  return next;
}

function problemFor(problems: FieldProblem[], code: string): boolean {
  return problems.some((p) => p.field === `custom.${code}`);
}

/** The value to store (undefined: none), or the problem with it. */
function checkValue(
  definition: CustomFieldDefinition,
  value: unknown,
): CustomValue | undefined | { problem: string } {
  if (value === null) return undefined;
  switch (definition.type) {
    case 'text': {
      if (typeof value !== 'string') return { problem: 'must be a text' };
      const text = value.trim();
      if (text.length > CUSTOM_TEXT_MAX)
        return { problem: `must be at most ${CUSTOM_TEXT_MAX} characters` };
      return text === '' ? undefined : text;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        return { problem: 'must be a number, like 42 or 7.5' };
      return value;
    case 'money':
      return checkMoney(value);
    case 'date':
      if (typeof value !== 'string' || !isIsoDate(value))
        return { problem: 'must be a date written YYYY-MM-DD, like 2027-03-31' };
      return value;
    case 'list':
      if (typeof value !== 'string' || !definition.options.includes(value))
        return { problem: `must be one of: ${definition.options.join(', ')}` };
      return value;
    case 'flag':
      if (typeof value !== 'boolean') return { problem: 'must be true or false' };
      return value;
  }
}

function checkMoney(value: unknown): CustomMoney | { problem: string } {
  const shape = 'must be money: { "amount": "1200.50", "currency": "USD" }';
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { problem: shape };
  const { amount, currency, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return { problem: shape };
  if (typeof currency !== 'string' || !CURRENCY.test(currency))
    return { problem: 'must have a currency: an ISO 4217 code, like USD or EUR' };
  if (typeof amount !== 'string' || !AMOUNT.test(amount))
    return { problem: 'must have an amount as a decimal string, like "1200.50" (not a number)' };
  if (!fitsCurrency(amount, currency))
    return { problem: `must have at most ${minorUnits(currency)} decimals in ${currency}` };
  return { amount: formatAmount(money(amount), currency), currency };
}

/** A list filter on a custom field (`?custom=<code>:<value>`), as read from the query. */
export type CustomFilter =
  | { code: string; kind: 'equals'; value: string | number | boolean }
  | { code: string; kind: 'range'; from?: string | number; to?: string | number; currency?: string }
  | { code: string; kind: 'currency'; currency: string };

const FILTER = /^([a-z][a-z0-9_]{0,63}):(.*)$/s;

/**
 * Reads one `custom` filter of a list against the field it names: `segment:enterprise` (text,
 * list), `vip:true` (flag; `false` also matches records without a value), `seats:10`,
 * `seats:10..50`, `seats:10..`, `seats:..50` (number; ranges include both ends), the same with
 * dates (`renewal:2027-01-01..2027-03-31`), and money by currency: `budget:USD`,
 * `budget:USD 1000..5000`. Problems are 400s naming `custom`.
 */
export function parseCustomFilter(
  definitions: readonly CustomFieldDefinition[],
  text: string,
  what: string,
): CustomFilter {
  const m = FILTER.exec(text);
  const bad = (problem: string) =>
    new InvalidFieldsError([{ field: 'custom', problem }], { malformed: true });
  if (!m) throw bad(`"${text}" is not <code>:<value>, like segment:enterprise`);
  const [, code, raw] = m;
  const definition = definitions.find((d) => d.code === code);
  if (!definition)
    throw bad(
      `"${code}" is not a custom field of ${what} (its fields: ${definitions.map((d) => d.code).join(', ') || 'none'})`,
    );
  const value = raw.trim();
  switch (definition.type) {
    case 'text':
    case 'list':
      if (value === '') throw bad(`${code}: give the value to match`);
      return { code, kind: 'equals', value };
    case 'flag':
      if (value !== 'true' && value !== 'false') throw bad(`${code}: a flag is true or false`);
      return { code, kind: 'equals', value: value === 'true' };
    case 'number': {
      const number = (s: string) => {
        if (!/^-?\d+(\.\d+)?$/.test(s)) throw bad(`${code}: ${s} is not a number`);
        return Number(s);
      };
      return rangeOrValue(code, value, number, bad);
    }
    case 'date': {
      const date = (s: string) => {
        if (!isIsoDate(s)) throw bad(`${code}: ${s} is not a date written YYYY-MM-DD`);
        return s;
      };
      return rangeOrValue(code, value, date, bad);
    }
    case 'money': {
      const [currency, amounts, ...rest] = value.split(/\s+/);
      if (!CURRENCY.test(currency ?? '') || rest.length > 0)
        throw bad(`${code}: money is filtered by currency: USD, or USD 1000..5000`);
      if (amounts === undefined) return { code, kind: 'currency', currency };
      const amount = (s: string) => {
        if (!AMOUNT.test(s)) throw bad(`${code}: ${s} is not an amount like 1200.50`);
        return s;
      };
      const filter = rangeOrValue(code, amounts, amount, bad);
      if (filter.kind === 'range') return { ...filter, currency };
      const exact = (filter as { value: string }).value;
      return { code, kind: 'range', from: exact, to: exact, currency };
    }
  }
}

function rangeOrValue<T extends string | number>(
  code: string,
  value: string,
  read: (s: string) => T,
  bad: (problem: string) => Error,
): CustomFilter {
  const parts = value.split('..');
  if (parts.length === 1) {
    if (value === '') throw bad(`${code}: give a value or a range like 10..50`);
    return { code, kind: 'equals', value: read(value) };
  }
  if (parts.length !== 2 || (parts[0] === '' && parts[1] === ''))
    throw bad(`${code}: a range is written from..to, either end may be left out`);
  return {
    code,
    kind: 'range',
    ...(parts[0] !== '' ? { from: read(parts[0]) } : {}),
    ...(parts[1] !== '' ? { to: read(parts[1]) } : {}),
  };
}
