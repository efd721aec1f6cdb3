import { CsvError, parse } from 'csv-parse/sync';
import { InvalidFieldsError } from '../../errors';

/** The encodings an import reads: what spreadsheets export (Russian ones often Windows-1251). */
export const IMPORT_ENCODINGS = ['utf-8', 'windows-1251'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** The delimiters an import reads (Excel writes `;` where the decimal mark is a comma). */
export const IMPORT_DELIMITERS = [',', ';', '\t'] as const;
export type ImportDelimiter = (typeof IMPORT_DELIMITERS)[number];

/** A cell or a line longer than this is refused (the line named): no one's column is that long. */
export const MAX_CELL_CHARS = 64 * 1024;
export const MAX_COLUMNS = 100;

export interface CsvFile {
  encoding: ImportEncoding;
  delimiter: ImportDelimiter;
  /** The header row, each name trimmed and made unique (`Email`, `Email (2)`; empty: `Column 3`). */
  columns: string[];
  /** The rows after the header, each as many cells as there are columns (missing ones empty). */
  rows: string[][];
}

const bad = (field: string, problem: string) =>
  new InvalidFieldsError([{ field, problem }], { malformed: true });

/**
 * Reads an uploaded CSV file: its encoding (UTF-8 when the bytes are valid UTF-8, else
 * Windows-1251, unless the caller says), its delimiter (`,`, `;` or a tab: the most frequent in
 * the header line, unless the caller says), its header and rows. A file that is not text, or not
 * CSV (an unclosed quote, a cell over MAX_CELL_CHARS), is refused naming the line.
 */
export function readCsvFile(
  bytes: Buffer,
  given: { encoding?: ImportEncoding; delimiter?: ImportDelimiter } = {},
): CsvFile {
  if (bytes.length === 0) throw bad('body', 'is empty: send the CSV file');
  const { text, encoding } = decode(bytes, given.encoding);
  if (text.includes('\u0000'))
    throw bad('body', 'is not a text file (it contains NUL bytes): send a CSV file');
  const delimiter = given.delimiter ?? detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      // A quote inside an unquoted cell (`12" screen`) is a character, as spreadsheets write it.
      relax_quotes: true,
      skip_empty_lines: true,
      max_record_size: MAX_CELL_CHARS,
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw bad('body', `${line ? `line ${line}: ` : ''}${csvProblem(error)}`);
    }
    throw error;
  }
  const [header, ...rows] = records;
  if (!header || header.every((c) => c.trim() === ''))
    throw bad('body', 'has no header row: the first line must name the columns');
  if (header.length > MAX_COLUMNS)
    throw bad('body', `has ${header.length} columns; at most ${MAX_COLUMNS} are read`);
  const columns = uniqueNames(header);
  return {
    encoding,
    delimiter,
    columns,
    rows: rows.map((r) => {
      const cells = r.slice(0, columns.length).map((c) => c.trim());
      while (cells.length < columns.length) cells.push('');
      return cells;
    }),
  };
}

function csvProblem(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell is not closed (a " opens it and no " ends it)';
    case 'CSV_MAX_RECORD_SIZE':
      return `a cell or line is longer than ${MAX_CELL_CHARS} characters`;
    default:
      return error.message.replace(/^Invalid Record Length: |^[A-Za-z ]+: /, '');
  }
}

function decode(bytes: Buffer, given?: ImportEncoding): { text: string; encoding: ImportEncoding } {
  if (given === 'windows-1251')
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: given };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    if (given === 'utf-8')
      throw bad('encoding', 'the file is not valid UTF-8: send it as UTF-8, or say windows-1251');
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

/** The delimiter that occurs most often outside quotes in the first line (`,` on a tie). */
export function detectDelimiter(text: string): ImportDelimiter {
  const counts = new Map<ImportDelimiter, number>(IMPORT_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length && i < MAX_CELL_CHARS; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as ImportDelimiter))
      counts.set(ch as ImportDelimiter, counts.get(ch as ImportDelimiter)! + 1);
  }
  let best: ImportDelimiter = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

function uniqueNames(header: string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    const name = raw.trim().replace(/^\uFEFF/, '') || `Column ${i + 1}`;
    const n = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), n);
    return n === 1 ? name : `${name} (${n})`;
  });
}
