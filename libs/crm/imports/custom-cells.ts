import { type CustomFieldDefinition } from '../custom-fields/custom-field-types';

const TRUE = new Set(['true', 'yes', 'y', '1', 'да', 'д', 'истина']);
const FALSE = new Set(['false', 'no', 'n', '0', 'нет', 'н', 'ложь']);
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
/** "1200.50 USD", "USD 1200.50", "1 200,50 RUB": an amount and an ISO 4217 code either side. */
const MONEY_AFTER = /^([+-]?[\d\s\u00a0]+(?:[.,]\d+)?)\s*([A-Za-z]{3})$/;
const MONEY_BEFORE = /^([A-Za-z]{3})\s*([+-]?[\d\s\u00a0]+(?:[.,]\d+)?)$/;

/**
 * A spreadsheet cell as the value a custom field of its type takes through the API: numbers with a
 * decimal point or comma, flags as true/false, yes/no, 1/0 (or да/нет), money as an amount beside
 * its currency code. A cell that reads as none of these stays text, so that the field's check
 * names what is wrong with it. Unknown codes stay text too (the check refuses them).
 */
export function customCellValue(definition: CustomFieldDefinition | undefined, cell: string) {
  const text = cell.trim();
  switch (definition?.type) {
    case 'number': {
      const plain = text.replace(/[\s\u00a0]/g, '');
      return NUMBER.test(plain) ? Number(plain.replace(',', '.')) : text;
    }
    case 'flag': {
      const lower = text.toLowerCase();
      return TRUE.has(lower) ? true : FALSE.has(lower) ? false : text;
    }
    case 'money': {
      const after = MONEY_AFTER.exec(text);
      const before = after ? null : MONEY_BEFORE.exec(text);
      const [amount, currency] = after
        ? [after[1], after[2]]
        : before
          ? [before[2], before[1]]
          : [null, null];
      if (amount === null) return text;
      return {
        amount: amount.replace(/[\s\u00a0]/g, '').replace(',', '.'),
        currency: currency.toUpperCase(),
      };
    }
    default:
      return text;
  }
}

/** A row's custom cells (by code) as the values their fields take. */
export function customValuesOfCells(
  definitions: readonly CustomFieldDefinition[],
  cells: Record<string, unknown>,
): Record<string, unknown> {
  const byCode = new Map(definitions.map((d) => [d.code, d]));
  return Object.fromEntries(
    Object.entries(cells).map(([code, cell]) => [
      code,
      typeof cell === 'string' ? customCellValue(byCode.get(code), cell) : cell,
    ]),
  );
}
