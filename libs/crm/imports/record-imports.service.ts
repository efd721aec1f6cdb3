import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, type FilterQuery, LockMode, MikroORM } from '@mikro-orm/postgresql';
import { AutomationClient } from '../../automation/client/automation-client';
import { APP_CONFIG, type AppConfig } from '../../config';
import {
  DomainError,
  type FieldProblem,
  InvalidFieldsError,
  NotFoundError,
  StateConflictError,
} from '../../errors';
import { RulesPublisher } from '../../rules/publishing/rules-publisher';
import { lockForTransaction } from '../../sql/advisory-lock';
import { customFieldsOf } from '../custom-fields/custom-fields.service';
import { type Page, type PageRequest, paginate } from '../lists/pagination';
import { type Principal } from '../users/role';
import { type ImportDelimiter, type ImportEncoding, readCsvFile } from './csv-file';
import { type DryRun, dryRunImport } from './import-dry-run';
import {
  type ColumnMapping,
  type DuplicateMode,
  type ImportKind,
  IMPORT_FIELDS,
  isImportField,
  rowInput,
  suggestMapping,
} from './import-fields';
import {
  type ImportProgress,
  importProgress,
  readImportRows,
  ROWS_PER_STATEMENT as CHUNK,
} from './import-progress';
import { importRowChecker, type RowValidator } from './import-row-checker';
import { importLockKey, requiredField } from './import-writer.service';
import { RecordImport, RecordImportRow, type RowOutcome } from './record-import.entity';

/** A file holds at most this many rows. */
export const MAX_IMPORT_ROWS = 200_000;
/** Rows written per batch (one transaction each) unless the start says otherwise. */
export const DEFAULT_IMPORT_BATCH = 500;

const IMPORT_SORT = { createdAt: { property: 'createdAt', kind: 'date' as const } };
const ROW_SORT = { row: { property: 'row', kind: 'number' as const } };

/**
 * CSV imports of leads, contacts and companies (docs/import.md), the API's side: the upload (the
 * file read, its rows stored), the mapping, the dry run, the start of its workflow
 * (workflows/record-import), its progress and its rows. An import is its uploader's (and
 * admins').
 */
@Injectable()
export class RecordImportsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly rules: RulesPublisher,
    private readonly automation: AutomationClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(
    p: Principal,
    kind: ImportKind,
    bytes: Buffer,
    options: { encoding?: ImportEncoding; delimiter?: ImportDelimiter; fileName?: string },
  ): Promise<ImportProgress> {
    const file = readCsvFile(bytes, options);
    if (file.rows.length === 0)
      throw new InvalidFieldsError([{ field: 'body', problem: 'has a header and no rows' }], {
        malformed: true,
      });
    if (file.rows.length > MAX_IMPORT_ROWS)
      throw new InvalidFieldsError(
        [
          {
            field: 'body',
            problem: `has ${file.rows.length} rows; at most ${MAX_IMPORT_ROWS} are taken at once: split the file`,
          },
        ],
        { malformed: true },
      );
    const job = new RecordImport({
      kind,
      fileName: options.fileName ?? null,
      encoding: file.encoding,
      delimiter: file.delimiter,
      columns: file.columns,
      rowCount: file.rows.length,
      mapping: suggestMapping(kind, file.columns),
      createdById: p.userId,
    });
    await this.orm.em.fork().transactional(async (tx) => {
      tx.persist(job);
      await tx.flush();
      for (let at = 0; at < file.rows.length; at += CHUNK)
        await tx.getConnection().execute(
          `insert into record_import_row (id, import_id, row, cells)
           select gen_random_uuid(), ?, ? + t.n, t.cells
             from jsonb_array_elements(?::jsonb) with ordinality as t(cells, n)`,
          [job.id, at, JSON.stringify(file.rows.slice(at, at + CHUNK))],
          'run',
          tx.getTransactionContext(),
        );
    });
    return importProgress(this.orm.em.fork(), job);
  }

  async get(p: Principal, id: string): Promise<ImportProgress> {
    const em = this.orm.em.fork();
    return importProgress(em, await this.find(em, p, id));
  }

  async list(p: Principal, page: PageRequest): Promise<Page<ImportProgress>> {
    const em = this.orm.em.fork();
    const where: FilterQuery<RecordImport> = p.role === 'admin' ? {} : { createdById: p.userId };
    const found = await paginate(em, RecordImport, where, page, IMPORT_SORT);
    const items: ImportProgress[] = [];
    for (const job of found.items) items.push(await importProgress(em, job, 0));
    return { ...found, items };
  }

  async rows(
    p: Principal,
    id: string,
    outcomes: (RowOutcome | 'pending')[] | undefined,
    page: PageRequest,
  ): Promise<Page<RecordImportRow>> {
    const em = this.orm.em.fork();
    await this.find(em, p, id);
    const named = outcomes?.filter((o) => o !== 'pending') ?? [];
    const where: FilterQuery<RecordImportRow> = outcomes?.length
      ? {
          importId: id,
          $or: [
            ...(named.length ? [{ outcome: { $in: named } }] : []),
            ...(outcomes.includes('pending') ? [{ outcome: null }] : []),
          ],
        }
      : { importId: id };
    return paginate(em, RecordImportRow, where, page, ROW_SORT);
  }

  /** The mapping of columns to fields and the duplicate mode, while the import has not started. */
  async setMapping(
    p: Principal,
    id: string,
    input: { mapping: ColumnMapping[]; duplicateMode?: DuplicateMode },
  ): Promise<ImportProgress> {
    const em = this.orm.em.fork();
    const job = await this.find(em, p, id);
    this.notStarted(job);
    const problems: FieldProblem[] = [];
    const fields = new Set<string>();
    const customCodes = (await customFieldsOf(em, job.kind))
      .filter((d) => d.active)
      .map((d) => d.code);
    input.mapping.forEach(({ column, field }, i) => {
      if (!job.columns.includes(column))
        problems.push({
          field: `mapping.${i}.column`,
          problem: `the file has no column "${column}"; its columns are: ${job.columns.join(', ')}`,
        });
      if (
        !isImportField(job.kind, field) ||
        (field.startsWith('custom.') && !customCodes.includes(field.slice('custom.'.length)))
      )
        problems.push({
          field: `mapping.${i}.field`,
          problem: `a ${job.kind} has no field "${field}"; the fields are: ${[
            ...IMPORT_FIELDS[job.kind],
            ...customCodes.map((code) => `custom.${code}`),
          ].join(', ')}`,
        });
      else if (fields.has(field))
        problems.push({ field: `mapping.${i}.field`, problem: `${field} is mapped twice` });
      fields.add(field);
    });
    if (problems.length) throw new InvalidFieldsError(problems);
    job.mapping = input.mapping;
    if (input.duplicateMode) job.duplicateMode = input.duplicateMode;
    await em.flush();
    return importProgress(em, job);
  }

  /** What the import would do, row by row, with nothing written. */
  async dryRun(p: Principal, id: string, validate: RowValidator): Promise<DryRun> {
    const em = this.orm.em.fork();
    const job = await this.find(em, p, id);
    this.mapped(job);
    return dryRunImport(em, job, await importRowChecker(em, job, validate));
  }

  /**
   * Starts the import: the rows that do not validate are failed at once (with their problems),
   * the rest are written by its workflow, and then (leads) their workflows start at the pace.
   */
  async start(
    p: Principal,
    id: string,
    input: { workflowStartsPerSecond?: number; batchSize?: number },
    validate: RowValidator,
  ): Promise<ImportProgress> {
    const em = this.orm.em.fork();
    const job = await this.find(em, p, id);
    this.mapped(job);
    if (job.kind === 'lead' && !(await this.rules.latestLeadRules(em)))
      throw new DomainError(
        'rules-missing',
        'no lead rules are published: publish a rule set of kind lead first',
      );
    const pace = Math.min(
      input.workflowStartsPerSecond ?? this.config.imports.workflowStartsPerSecond,
      this.config.imports.workflowStartsPerSecond,
    );
    // Taken once: a second start (or a double click) finds it started.
    const taken = await em.nativeUpdate(
      RecordImport,
      { id: job.id, status: 'uploaded' },
      { status: 'storing', startedAt: new Date(), workflowStartsPerSecond: pace },
    );
    if (taken === 0)
      throw new StateConflictError(
        `the import ${job.id} has ${job.status === 'cancelled' ? 'been cancelled' : 'started already'}`,
      );
    try {
      const check = await importRowChecker(em, job, validate);
      for (let after = 0; after < job.rowCount; after += CHUNK) {
        const rows = await readImportRows(em, job.id, after, CHUNK);
        const failed = rows
          .map((r) => ({
            row: r.row,
            problems: check(rowInput(job.columns, job.mapping, r.cells)),
          }))
          .filter((r) => r.problems.length)
          .map((r) => ({
            row: r.row,
            reason: r.problems.map((x) => `${x.field}: ${x.problem}`).join('; '),
          }));
        if (failed.length)
          await em.getConnection().execute(
            `update record_import_row r set outcome = 'failed', reason = v.reason
               from jsonb_to_recordset(?::jsonb) as v(row int, reason text)
              where r.import_id = ? and r.row = v.row and r.outcome is null`,
            [JSON.stringify(failed), job.id],
          );
      }
      await this.automation.startImport({
        importId: job.id,
        kind: job.kind,
        batchSize: input.batchSize ?? DEFAULT_IMPORT_BATCH,
        workflowStartsPerSecond: pace,
      });
    } catch (error) {
      // Not started: it can be started again (the failures noted are noted again, the same).
      await em.nativeUpdate(
        RecordImport,
        { id: job.id, status: 'storing' },
        { status: 'uploaded', startedAt: null },
      );
      throw error;
    }
    await em.refresh(job);
    return importProgress(em, job);
  }

  /**
   * Cancels an import that has not finished: the batch being written completes, no further row
   * is written (those left stay pending), and the leads written still get their workflows (no
   * lead without its workflow). Cancelling a cancelled import answers it as it is; a completed
   * one is a conflict.
   */
  async cancel(p: Principal, id: string): Promise<ImportProgress> {
    const em = this.orm.em.fork();
    await this.find(em, p, id);
    await em.transactional(async (tx) => {
      // The lock the batches take: the one in flight commits first, the next sees the status.
      await lockForTransaction(tx, importLockKey(id));
      const job = await tx.findOneOrFail(
        RecordImport,
        { id },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (job.status === 'cancelled') return;
      if (job.status === 'completed')
        throw new StateConflictError(`the import ${id} has completed: there is nothing to cancel`);
      job.status = 'cancelled';
      job.finishedAt = new Date();
    });
    const job = await em.findOneOrFail(RecordImport, { id }, { refresh: true });
    return importProgress(em, job);
  }

  private async find(em: EntityManager, p: Principal, id: string): Promise<RecordImport> {
    const job = await em.findOne(RecordImport, { id });
    if (!job || (p.role !== 'admin' && job.createdById !== p.userId))
      throw new NotFoundError(`no import ${id}`);
    return job;
  }

  private notStarted(job: RecordImport) {
    if (job.status !== 'uploaded')
      throw new StateConflictError(`the import ${job.id} has started: its mapping stays as it was`);
  }

  private mapped(job: RecordImport) {
    const required = requiredField(job.kind);
    if (!job.mapping.some((m) => m.field === required))
      throw new InvalidFieldsError([
        {
          field: 'mapping',
          problem: `no column is mapped to ${required}, which every ${job.kind} needs: PUT the mapping first`,
        },
      ]);
  }
}
