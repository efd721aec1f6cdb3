import { Body, Controller, Get, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { type Request } from 'express';
import { CurrentUser, Roles } from '../../../libs/crm/auth/auth.decorators';
import { InvalidFieldsError } from '../../../libs/errors';
import { pageRequest, PageQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { RecordImportsService } from '../../../libs/crm/imports/record-imports.service';
import { type Principal } from '../../../libs/crm/users/role';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import { created, ok, Operation, UuidParam } from '../openapi/operation';
import { PageOf } from '../openapi/page';
import {
  ListImportRowsQueryDto,
  SetImportMappingDto,
  StartImportDto,
  UploadImportQueryDto,
} from './imports.dto';
import {
  dryRunView,
  ImportDryRunDto,
  ImportDto,
  ImportRowDto,
  importRowView,
  importView,
} from './imports.views';
import { validateRow } from './row-validation';

const IMPORT = 'the import’s id';

/**
 * CSV imports of leads, contacts and companies (docs/import.md): upload, map, dry-run, start,
 * watch. For the people who create records (admins, heads, managers); an import is its
 * uploader's, and the records it creates are theirs.
 */
@ApiTags('imports')
@ApiBearerAuth()
@Roles('admin', 'head', 'manager')
@Controller('api/v1/imports')
export class ImportsController {
  constructor(private readonly imports: RecordImportsService) {}

  @Post()
  @IdempotentCreate()
  @ApiConsumes('text/csv', 'text/plain')
  @ApiBody({
    description:
      'the CSV file’s bytes (at most 32 MB, 200,000 rows, 100 columns, 65,536 characters a cell): UTF-8 or Windows-1251, `,` `;` or tab, a header row first',
    schema: { type: 'string', format: 'binary' },
  })
  @Operation({
    id: 'uploadImport',
    summary: 'Upload a CSV file to import',
    description:
      'Reads the file (its encoding and delimiter detected unless given), keeps its rows, and answers its columns, the first rows and a mapping suggested from the header. Nothing is imported until it is started. A file that is not CSV (an unclosed quote, a cell too long, not text) is refused naming the line.',
    answer: created(ImportDto, 'uploaded: map it, dry-run it, start it'),
    problems: ['invalid-fields'],
  })
  async upload(
    @CurrentUser() p: Principal,
    @Query() query: UploadImportQueryDto,
    @Req() request: Request,
  ): Promise<ImportDto> {
    const body: unknown = request.body;
    if (!Buffer.isBuffer(body))
      throw new InvalidFieldsError(
        [{ field: 'body', problem: 'send the CSV file itself, as text/csv' }],
        { malformed: true },
      );
    return importView(
      await this.imports.upload(p, query.kind, body, {
        encoding: query.encoding,
        delimiter: query.delimiter,
        fileName: query.fileName,
      }),
    );
  }

  @Get()
  @Operation({
    id: 'listImports',
    summary: 'List imports',
    answer: ok(PageOf(ImportDto), 'a page of your imports (an admin: everyone’s), newest first'),
  })
  async list(@CurrentUser() p: Principal, @Query() query: PageQueryDto) {
    const page = await this.imports.list(p, pageRequest(query, '-createdAt'));
    return { ...page, items: page.items.map(importView) };
  }

  @Get(':id')
  @Operation({
    id: 'getImport',
    summary: 'Read an import: its mapping, status and progress',
    answer: ok(
      ImportDto,
      'the import: rows pending, created, updated, skipped and failed; workflows started',
    ),
    problems: ['not-found'],
  })
  async get(@CurrentUser() p: Principal, @UuidParam('id', IMPORT) id: string): Promise<ImportDto> {
    return importView(await this.imports.get(p, id));
  }

  @Put(':id/mapping')
  @Operation({
    id: 'setImportMapping',
    summary: 'Map the columns to fields, and say what duplicates do',
    answer: ok(ImportDto, 'the import with its mapping'),
    problems: ['not-found', 'state-conflict'],
  })
  async setMapping(
    @CurrentUser() p: Principal,
    @UuidParam('id', IMPORT) id: string,
    @Body() body: SetImportMappingDto,
  ): Promise<ImportDto> {
    return importView(await this.imports.setMapping(p, id, body));
  }

  @Post(':id/dry-run')
  @Operation({
    id: 'dryRunImport',
    summary: 'What the import would do, row by row, writing nothing',
    description:
      'Each row is checked as its create route checks a body (the same fields, the same problems), and compared with the existing records by the duplicate check (and with the rows before it).',
    answer: ok(ImportDryRunDto, 'the problems of each invalid row, and the duplicates'),
    problems: ['not-found'],
  })
  async dryRun(
    @CurrentUser() p: Principal,
    @UuidParam('id', IMPORT) id: string,
  ): Promise<ImportDryRunDto> {
    return dryRunView(await this.imports.dryRun(p, id, validateRow));
  }

  @Post(':id/start')
  @Operation({
    id: 'startImport',
    summary: 'Start the import',
    description:
      'Rows that do not validate fail at once (with their problems); the rest are written by a Temporal workflow in batches, each row once even if a worker dies; then the imported leads’ workflows start behind it, at the configured pace. Watch it with GET.',
    answer: ok(ImportDto, 'started: its progress as it is now'),
    problems: ['not-found', 'state-conflict', 'rules-missing', 'workflow-unavailable'],
  })
  async start(
    @CurrentUser() p: Principal,
    @UuidParam('id', IMPORT) id: string,
    @Body() body: StartImportDto,
  ): Promise<ImportDto> {
    return importView(await this.imports.start(p, id, body, validateRow));
  }

  @Post(':id/cancel')
  @Operation({
    id: 'cancelImport',
    summary: 'Cancel an import that has not finished',
    description:
      'The batch being written completes and no further row is written: the rows written stay (listed with their outcome), the others stay pending, and the status is `cancelled`. Leads already written still get their workflows. Cancelling a cancelled import answers it as it is; a completed one is 409.',
    answer: ok(ImportDto, 'cancelled: its progress as it stopped'),
    problems: ['not-found', 'state-conflict'],
  })
  async cancel(
    @CurrentUser() p: Principal,
    @UuidParam('id', IMPORT) id: string,
  ): Promise<ImportDto> {
    return importView(await this.imports.cancel(p, id));
  }

  @Get(':id/rows')
  @Operation({
    id: 'listImportRows',
    summary: 'The rows of an import and what became of each',
    answer: ok(PageOf(ImportRowDto), 'a page of rows in file order (filter: outcome=failed)'),
    problems: ['not-found'],
  })
  async rows(
    @CurrentUser() p: Principal,
    @UuidParam('id', IMPORT) id: string,
    @Query() query: ListImportRowsQueryDto,
  ) {
    const page = await this.imports.rows(
      p,
      id,
      query.outcome ? [query.outcome] : undefined,
      pageRequest(query, 'row'),
    );
    return { ...page, items: page.items.map(importRowView) };
  }
}
