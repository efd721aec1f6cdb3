import { stringify } from 'csv-stringify/sync';

/** A cell of a report's table: text, a count or ratio, a decimal string, or nothing. */
export type Cell = string | number | null;

/** A plain number as text (`-12.50`): left as it is; any other text is the caller's data. */
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first) is
 * prefixed with an apostrophe, so opening the export runs nothing (CSV injection); plain numbers
 * stay numbers.
 */
export function neutralise(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell);
  if (typeof cell === 'string' && !NUMBER.test(text) && /^[=+\-@\t\r]/.test(text))
    return `'${text}`;
  return text;
}

/** RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote or break. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return csvLines([header, ...rows]);
}

/** Columns `<name> <currency>` for each currency that occurs, so that no cell adds currencies. */
export function currencyColumns(
  name: string,
  lists: { currency: string; amount: string }[][],
): { header: string[]; cells: (list: { currency: string; amount: string }[]) => Cell[] } {
  const currencies = [...new Set(lists.flat().map((a) => a.currency))].sort();
  return {
    header: currencies.map((c) => `${name} ${c}`),
    cells: (list) => currencies.map((c) => list.find((a) => a.currency === c)?.amount ?? '0'),
  };
}

/** Rows of a table already begun (a stream after its header): the same quoting as toCsv. */
export function csvLines(rows: Cell[][]): string {
  if (rows.length === 0) return '';
  return stringify(
    rows.map((r) => r.map(neutralise)),
    { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ },
  );
}

/** `?format=csv`, or `Accept: text/csv` when no `format` is given (`format=json` wins). */
export function asksForCsv(format: string | undefined, accept: string | undefined): boolean {
  return format === 'csv' || (format === undefined && /\btext\/csv\b/i.test(accept ?? ''));
}
