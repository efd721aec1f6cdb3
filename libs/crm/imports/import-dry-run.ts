import { type EntityManager } from '@mikro-orm/postgresql';
import { type DuplicateMatch, type FieldProblem } from '../../errors';
import { findDuplicatesOfMany } from '../duplicates/duplicate-check';
import { rowInput } from './import-fields';
import { readImportRows, ROWS_PER_STATEMENT } from './import-progress';
import { type RowCheck } from './import-row-checker';
import { keysOf, rowDuplicateKeys } from './import-writer.service';
import { type RecordImport } from './record-import.entity';

/** A dry run lists at most this many problems and duplicates. */
const MAX_LISTED = 500;

export interface RowProblem extends FieldProblem {
  row: number;
}

export interface DryRun {
  rows: number;
  valid: number;
  invalid: number;
  /** What the import would do with the valid rows under the duplicate mode. */
  wouldCreate: number;
  wouldUpdate: number;
  wouldSkip: number;
  /** Each invalid row's problems (the first MAX_LISTED). */
  errors: RowProblem[];
  /** Rows like records that exist, or like an earlier row (the first MAX_LISTED). */
  duplicates: { row: number; matches: DuplicateMatch[]; earlierRow: number | null }[];
  truncated: boolean;
}

/** What the import would do, row by row, with nothing written. */
export async function dryRunImport(
  em: EntityManager,
  job: RecordImport,
  check: RowCheck,
): Promise<DryRun> {
  const run: DryRun = {
    rows: job.rowCount,
    valid: 0,
    invalid: 0,
    wouldCreate: 0,
    wouldUpdate: 0,
    wouldSkip: 0,
    errors: [],
    duplicates: [],
    truncated: false,
  };
  // Rows seen so far by their normalised keys: a later row like them is their duplicate.
  const seen = new Map<string, number>();
  for (let after = 0; after < job.rowCount; after += ROWS_PER_STATEMENT) {
    const rows = await readImportRows(em, job.id, after, ROWS_PER_STATEMENT);
    const inputs = rows.map((r) => rowInput(job.columns, job.mapping, r.cells));
    const problems = inputs.map(check);
    const valid = inputs.map((input, i) => (problems[i].length ? null : input));
    const keys = valid.map((input) => (input ? keysOf(job.kind, input) : {}));
    const matches = await findDuplicatesOfMany(em, job.kind, keys);
    rows.forEach((r, i) => {
      if (problems[i].length) {
        run.invalid++;
        for (const problem of problems[i])
          if (run.errors.length < MAX_LISTED) run.errors.push({ row: r.row, ...problem });
          else run.truncated = true;
        return;
      }
      run.valid++;
      const own = rowDuplicateKeys(job.kind, inputs[i]);
      const earlierRow = own.map((k) => seen.get(k)).find((n) => n !== undefined) ?? null;
      for (const k of own) if (!seen.has(k)) seen.set(k, r.row);
      const found = matches.get(i) ?? [];
      if (found.length === 0 && earlierRow === null) return void run.wouldCreate++;
      if (run.duplicates.length < MAX_LISTED)
        run.duplicates.push({ row: r.row, matches: found, earlierRow });
      else run.truncated = true;
      if (job.duplicateMode === 'create') run.wouldCreate++;
      else if (job.duplicateMode === 'update') run.wouldUpdate++;
      else run.wouldSkip++;
    });
  }
  return run;
}
