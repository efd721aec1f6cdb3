import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { ImportDelimiter, ImportEncoding } from './csv-file';
import type { ColumnMapping, DuplicateMode, ImportKind } from './import-fields';

/**
 * uploaded (mapped and dry-run as often as wanted) → storing (its workflow writes the rows) →
 * starting (the imported leads' workflows start, paced) → completed; or, before completed,
 * cancelled (no more rows written; the leads written still get their workflows).
 */
export const IMPORT_STATUSES = [
  'uploaded',
  'storing',
  'starting',
  'completed',
  'cancelled',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/**
 * A CSV file uploaded to be imported as leads, contacts or companies: how it was read, its
 * columns, the mapping of columns to fields, what duplicates do, and where its import is (written
 * by its workflow, workflows/record-import). Its rows are `record_import_row`.
 */
@Entity({ tableName: 'record_import' })
@Index({ properties: ['createdById', 'createdAt', 'id'] })
export class RecordImport {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 8 })
  kind: ImportKind;

  @Property({ type: 'string', length: 300, nullable: true })
  fileName?: string | null;

  @Property({ type: 'string', length: 16 })
  encoding: ImportEncoding;

  @Property({ type: 'string', length: 2 })
  delimiter: ImportDelimiter;

  /** The header's names, unique. */
  @Property({ type: 'json' })
  columns: string[];

  @Property({ type: 'integer' })
  rowCount: number;

  @Property({ type: 'json' })
  mapping: ColumnMapping[];

  @Property({ type: 'string', length: 8 })
  duplicateMode: DuplicateMode = 'skip';

  @Property({ type: 'string', length: 16 })
  status: ImportStatus = 'uploaded';

  /** The pace its leads' workflows start at (set when it starts). */
  @Property({ type: 'integer', nullable: true })
  workflowStartsPerSecond?: number | null;

  @Property({ type: 'uuid' })
  createdById: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  startedAt?: Date | null;

  /** When every row was stored (or skipped, updated, failed). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  storedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  constructor(init: {
    kind: ImportKind;
    fileName?: string | null;
    encoding: ImportEncoding;
    delimiter: ImportDelimiter;
    columns: string[];
    rowCount: number;
    mapping: ColumnMapping[];
    createdById: string;
  }) {
    this.kind = init.kind;
    this.fileName = init.fileName ?? null;
    this.encoding = init.encoding;
    this.delimiter = init.delimiter;
    this.columns = init.columns;
    this.rowCount = init.rowCount;
    this.mapping = init.mapping;
    this.createdById = init.createdById;
  }
}

/** null: not imported yet; then once: created, updated (a duplicate), skipped (a duplicate), failed. */
export const ROW_OUTCOMES = ['created', 'updated', 'skipped', 'failed'] as const;
export type RowOutcome = (typeof ROW_OUTCOMES)[number];

/**
 * One row of an uploaded file (numbered from 1, the first after the header), its cells, and what
 * its import did with it: written in the same transaction as the record it wrote, so a batch run
 * again after a crash finds it done and writes it no second time.
 */
@Entity({ tableName: 'record_import_row' })
@Unique({ properties: ['importId', 'row'] })
export class RecordImportRow {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  importId: string;

  @Property({ type: 'integer' })
  row: number;

  @Property({ type: 'json' })
  cells: string[];

  @Property({ type: 'string', length: 8, nullable: true })
  outcome?: RowOutcome | null;

  /** Why it failed (the field and the problem), or which record it duplicates. */
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  /** The record it created, updated or duplicated (the reconciler looks leads up by it). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  recordId?: string | null;

  /** A created lead: when the import started its workflow. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  workflowStartedAt?: Date | null;

  constructor(importId: string, row: number, cells: string[]) {
    this.importId = importId;
    this.row = row;
    this.cells = cells;
  }
}
