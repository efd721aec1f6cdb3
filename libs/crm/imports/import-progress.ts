import { type EntityManager } from '@mikro-orm/postgresql';
import { customFieldsOf } from '../custom-fields/custom-fields.service';
import { IMPORT_FIELDS } from './import-fields';
import { type RecordImport, type RowOutcome } from './record-import.entity';

/** Rows read or written per statement (each well inside the statement timeout on a loaded machine). */
export const ROWS_PER_STATEMENT = 2000;

export interface ImportProgress {
  job: RecordImport;
  /** The first rows, for the mapping screen. */
  preview: string[][];
  counts: Record<RowOutcome | 'pending', number>;
  /** Leads created whose workflow the import started, and all it will start. */
  workflows: { started: number; total: number };
  /** The fields a column can fill: the kind's own, then its active custom fields'. */
  fields: string[];
}

/** Up to `limit` rows of an uploaded file after row `after`, in file order. */
export function readImportRows(em: EntityManager, importId: string, after: number, limit: number) {
  return em
    .getConnection()
    .execute<{ row: number; cells: string[] }[]>(
      'select row, cells from record_import_row where import_id = ? and row > ? order by row limit ?',
      [importId, after, limit],
    );
}

/** Where an import is: its rows counted by outcome, its first rows, the fields it may fill. */
export async function importProgress(
  em: EntityManager,
  job: RecordImport,
  previewRows = 5,
): Promise<ImportProgress> {
  const sql = em.getConnection();
  const [counted, preview, definitions] = await Promise.all([
    sql.execute<{ outcome: RowOutcome | null; n: string; started: string }[]>(
      `select outcome, count(*) as n, count(workflow_started_at) as started
         from record_import_row where import_id = ? group by outcome`,
      [job.id],
    ),
    previewRows
      ? readImportRows(em, job.id, 0, previewRows)
      : Promise.resolve([] as { cells: string[] }[]),
    customFieldsOf(em, job.kind),
  ]);
  const counts: ImportProgress['counts'] = {
    pending: 0,
    created: 0,
    updated: 0,
    skipped: 0,
    failed: 0,
  };
  let started = 0;
  for (const c of counted) {
    counts[c.outcome ?? 'pending'] = Number(c.n);
    started += Number(c.started);
  }
  return {
    job,
    preview: preview.map((r) => r.cells),
    counts,
    workflows: { started, total: job.kind === 'lead' ? counts.created : 0 },
    fields: [
      ...IMPORT_FIELDS[job.kind],
      ...definitions.filter((d) => d.active).map((d) => `custom.${d.code}`),
    ],
  };
}
