import { ApiProperty } from '@nestjs/swagger';
import {
  DateTimeField,
  EnumField,
  IntField,
  NestedField,
  TextField,
  UuidField,
} from '../openapi/fields';
import { IMPORT_DELIMITERS, IMPORT_ENCODINGS } from '../../../libs/crm/imports/csv-file';
import { DUPLICATE_MODES, IMPORT_KINDS } from '../../../libs/crm/imports/import-fields';
import {
  IMPORT_STATUSES,
  type RecordImportRow,
  ROW_OUTCOMES,
} from '../../../libs/crm/imports/record-import.entity';
import { type DryRun } from '../../../libs/crm/imports/import-dry-run';
import { type ImportProgress } from '../../../libs/crm/imports/import-progress';
import { ColumnMappingDto } from './imports.dto';

const Cells = (description: string, nested = false) =>
  ApiProperty({
    type: 'array',
    items: nested ? { type: 'array', items: { type: 'string' } } : { type: 'string' },
    description,
  });

/** An existing record a row is like (as a create's 409 `duplicate-record` lists them). */
export class ImportDuplicateMatchDto {
  @EnumField(IMPORT_KINDS, { name: 'ImportKind' })
  kind!: string;

  @UuidField()
  id!: string;

  @TextField({ description: 'its name (a lead: its title)' })
  name!: string;

  @EnumField(['email', 'phone', 'name'], {
    description: 'the field whose normalised value matched (name: a company name)',
  })
  field!: string;
}

/** Rows by what the import did with them so far. */
export class ImportCountsDto {
  @IntField({ minimum: 0, description: 'not written yet' })
  pending!: number;

  @IntField({ minimum: 0 })
  created!: number;

  @IntField({ minimum: 0, description: 'duplicates that updated the record they duplicate' })
  updated!: number;

  @IntField({ minimum: 0, description: 'duplicates left out' })
  skipped!: number;

  @IntField({ minimum: 0, description: 'rows that do not validate (their reasons: the rows list)' })
  failed!: number;
}

/** The imported leads' workflows: started behind the import, at its pace. */
export class ImportWorkflowsDto {
  @IntField({ minimum: 0 })
  started!: number;

  @IntField({ minimum: 0, description: 'all it will start: the leads it created' })
  total!: number;
}

/** A CSV file to import: how it was read, its mapping, its status and progress. */
export class ImportDto {
  @UuidField()
  id!: string;

  @EnumField(IMPORT_KINDS, { name: 'ImportKind' })
  kind!: string;

  @TextField({ nullable: true })
  fileName!: string | null;

  @EnumField(IMPORT_ENCODINGS, { name: 'ImportEncoding', description: 'as it was read' })
  encoding!: string;

  @EnumField(IMPORT_DELIMITERS, { name: 'ImportDelimiter', description: 'as it was read' })
  delimiter!: string;

  @Cells('the header’s column names (made unique)')
  columns!: string[];

  @Cells(
    'the fields a column can fill for this kind: its own, then `custom.<code>` of its active custom fields',
  )
  fields!: string[];

  @IntField({ minimum: 1 })
  rowCount!: number;

  @Cells('the first rows, as read', true)
  preview!: string[][];

  @NestedField([ColumnMappingDto], {
    description: 'columns and the fields they fill (suggested from the header on upload)',
  })
  mapping!: ColumnMappingDto[];

  @EnumField(DUPLICATE_MODES, { name: 'ImportDuplicateMode' })
  duplicateMode!: string;

  @EnumField(IMPORT_STATUSES, {
    name: 'ImportStatus',
    description:
      'uploaded (map it, dry-run it), storing (its rows are written), starting (its leads’ workflows start), completed',
  })
  status!: string;

  @IntField({ minimum: 1, nullable: true, description: 'its leads’ workflow starts a second' })
  workflowStartsPerSecond!: number | null;

  @NestedField(ImportCountsDto)
  counts!: ImportCountsDto;

  @NestedField(ImportWorkflowsDto)
  workflows!: ImportWorkflowsDto;

  @DateTimeField()
  createdAt!: string;

  @DateTimeField({ nullable: true })
  startedAt!: string | null;

  @DateTimeField({ nullable: true, description: 'when every row was written' })
  storedAt!: string | null;

  @DateTimeField({ nullable: true })
  finishedAt!: string | null;
}

export class ImportRowProblemDto {
  @IntField({ minimum: 1, description: 'the row, 1 being the first after the header' })
  row!: number;

  @TextField({ example: 'email' })
  field!: string;

  @TextField({ example: 'email must be an email' })
  problem!: string;
}

export class ImportDuplicateDto {
  @IntField({ minimum: 1 })
  row!: number;

  @NestedField([ImportDuplicateMatchDto], { description: 'existing records it is like' })
  matches!: ImportDuplicateMatchDto[];

  @IntField({ minimum: 1, nullable: true, description: 'an earlier row of the file it is like' })
  earlierRow!: number | null;
}

/** What an import would do, with nothing written. */
export class ImportDryRunDto {
  @IntField({ minimum: 0 })
  rows!: number;

  @IntField({ minimum: 0 })
  valid!: number;

  @IntField({ minimum: 0 })
  invalid!: number;

  @IntField({ minimum: 0 })
  wouldCreate!: number;

  @IntField({ minimum: 0 })
  wouldUpdate!: number;

  @IntField({ minimum: 0 })
  wouldSkip!: number;

  @NestedField([ImportRowProblemDto], {
    description: 'each invalid row’s problems (the first 500)',
  })
  errors!: ImportRowProblemDto[];

  @NestedField([ImportDuplicateDto], {
    description: 'the rows that are duplicates (the first 500)',
  })
  duplicates!: ImportDuplicateDto[];

  @ApiProperty({ description: 'more problems or duplicates than listed' })
  truncated!: boolean;
}

/** One row of the file and what the import did with it. */
export class ImportRowDto {
  @IntField({ minimum: 1 })
  row!: number;

  @Cells('its cells, as read')
  cells!: string[];

  @EnumField(ROW_OUTCOMES, {
    name: 'ImportRowOutcome',
    nullable: true,
    description: 'null: not yet',
  })
  outcome!: string | null;

  @TextField({ nullable: true, description: 'why it failed, or which record it duplicates' })
  reason!: string | null;

  @UuidField({ nullable: true, description: 'the record it created, updated or duplicates' })
  recordId!: string | null;

  @DateTimeField({ nullable: true, description: 'a created lead: when its workflow was started' })
  workflowStartedAt!: string | null;
}

export function importView(p: ImportProgress): ImportDto {
  const j = p.job;
  return {
    id: j.id,
    kind: j.kind,
    fileName: j.fileName ?? null,
    encoding: j.encoding,
    delimiter: j.delimiter,
    columns: j.columns,
    fields: p.fields,
    rowCount: j.rowCount,
    preview: p.preview,
    mapping: j.mapping.map(({ column, field }) => ({ column, field })),
    duplicateMode: j.duplicateMode,
    status: j.status,
    workflowStartsPerSecond: j.workflowStartsPerSecond ?? null,
    counts: p.counts,
    workflows: p.workflows,
    createdAt: j.createdAt.toISOString(),
    startedAt: j.startedAt?.toISOString() ?? null,
    storedAt: j.storedAt?.toISOString() ?? null,
    finishedAt: j.finishedAt?.toISOString() ?? null,
  };
}

export function dryRunView(d: DryRun): ImportDryRunDto {
  return d;
}

export function importRowView(r: RecordImportRow): ImportRowDto {
  return {
    row: r.row,
    cells: r.cells,
    outcome: r.outcome ?? null,
    reason: r.reason ?? null,
    recordId: r.recordId ?? null,
    workflowStartedAt: r.workflowStartedAt?.toISOString() ?? null,
  };
}
