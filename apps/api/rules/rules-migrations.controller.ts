import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../../libs/crm/auth/auth.decorators';
import { pageRequest, PageQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { RulesMigrationsService } from '../../../libs/crm/rules-migrations/rules-migrations.service';
import { type Principal } from '../../../libs/crm/users/role';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import { created, ok, Operation, UuidParam, listOrCsv } from '../openapi/operation';
import { AcceptHeader, ListExport } from '../csv/list-export';
import { PageOf } from '../openapi/page';
import { ListMigratedRecordsQueryDto, StartMigrationDto } from './migrations.dto';
import {
  MigratedRecordDto,
  migratedRecordView,
  migrationView,
  RulesMigrationDto,
} from './migrations.views';

const RuleSetIdParam = () =>
  ApiParam({ name: 'id', description: 'the rule set’s id (`b2b`)', schema: { type: 'string' } });
const MIGRATION = 'the migration’s id';

/**
 * Bulk migrations of a rule set's live records to another version (docs/rules.md#bulk-
 * migrations), each a Temporal workflow: for whoever may publish rules (admins, sales ops).
 */
@ApiTags('rules')
@ApiBearerAuth()
@Controller('api/v1/rules/:id/migrations')
export class RulesMigrationsController {
  constructor(
    private readonly migrations: RulesMigrationsService,
    private readonly exports: ListExport,
  ) {}

  @Post()
  @IdempotentCreate()
  @Roles('admin', 'salesops')
  @Operation({
    id: 'startRulesMigration',
    summary: 'Start migrating the open records of a rule set to another version',
    description:
      'Takes the open records on `fromVersion` (narrowed by `filter`) and moves them to `toVersion` in batches, each record through its own workflow (same stage, the stage’s timers set anew). Runs as a Temporal workflow: it survives restarts and migrates each record once. Rolling back is a migration to the earlier version.',
    answer: created(RulesMigrationDto, 'started: its progress as it is now'),
    problems: ['invalid-fields', 'not-found', 'workflow-unavailable'],
  })
  @RuleSetIdParam()
  async start(
    @CurrentUser() p: Principal,
    @Param('id') id: string,
    @Body() body: StartMigrationDto,
  ): Promise<RulesMigrationDto> {
    return migrationView(await this.migrations.start(p, id, body));
  }

  @Get()
  @Roles('admin', 'salesops')
  @Operation({
    id: 'listRulesMigrations',
    summary: 'List a rule set’s migrations: who started each, when, why, and how it went',
    answer: listOrCsv(PageOf(RulesMigrationDto), 'a page of migrations, newest first by default'),
  })
  @RuleSetIdParam()
  async list(
    @Param('id') id: string,
    @Query() query: PageQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    const ask = { query, accept, name: 'rules-migrations', item: RulesMigrationDto };
    return this.exports.answer(ask, async (q) => {
      const page = await this.migrations.list(id, pageRequest(q, '-startedAt'));
      return { ...page, items: page.items.map(migrationView) };
    });
  }

  @Get(':migrationId')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'getRulesMigration',
    summary: 'Read a migration’s status and progress',
    answer: ok(RulesMigrationDto, 'the migration: done, refused, failed and remaining'),
    problems: ['not-found'],
  })
  @RuleSetIdParam()
  async get(
    @Param('id') id: string,
    @UuidParam('migrationId', MIGRATION) migrationId: string,
  ): Promise<RulesMigrationDto> {
    return migrationView(await this.migrations.get(id, migrationId));
  }

  @Get(':migrationId/records')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'listRulesMigrationRecords',
    summary: 'List the records a migration took, each with its outcome and why',
    answer: listOrCsv(
      PageOf(MigratedRecordDto),
      'a page of records, in the order they were reached',
    ),
    problems: ['not-found'],
  })
  @RuleSetIdParam()
  async records(
    @Param('id') id: string,
    @UuidParam('migrationId', MIGRATION) migrationId: string,
    @Query() query: ListMigratedRecordsQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    const ask = { query, accept, name: 'rules-migration-records', item: MigratedRecordDto };
    return this.exports.answer(ask, async (q) => {
      const page = await this.migrations.records(
        id,
        migrationId,
        q.outcome ? [q.outcome] : undefined,
        pageRequest(q, 'at'),
      );
      return { ...page, items: page.items.map(migratedRecordView) };
    });
  }

  @Post(':migrationId/pause')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'pauseRulesMigration',
    summary: 'Pause a migration after the batch in hand',
    answer: ok(RulesMigrationDto, 'paused'),
    problems: ['not-found', 'state-conflict', 'workflow-unavailable'],
  })
  @RuleSetIdParam()
  async pause(
    @Param('id') id: string,
    @UuidParam('migrationId', MIGRATION) migrationId: string,
  ): Promise<RulesMigrationDto> {
    return migrationView(await this.migrations.control(id, migrationId, 'pause'));
  }

  @Post(':migrationId/resume')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'resumeRulesMigration',
    summary: 'Resume a paused migration',
    answer: ok(RulesMigrationDto, 'running again'),
    problems: ['not-found', 'state-conflict', 'workflow-unavailable'],
  })
  @RuleSetIdParam()
  async resume(
    @Param('id') id: string,
    @UuidParam('migrationId', MIGRATION) migrationId: string,
  ): Promise<RulesMigrationDto> {
    return migrationView(await this.migrations.control(id, migrationId, 'resume'));
  }

  @Post(':migrationId/cancel')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'cancelRulesMigration',
    summary:
      'Cancel a migration after the batch in hand: the records not reached stay where they are',
    answer: ok(RulesMigrationDto, 'cancelled'),
    problems: ['not-found', 'state-conflict', 'workflow-unavailable'],
  })
  @RuleSetIdParam()
  async cancel(
    @Param('id') id: string,
    @UuidParam('migrationId', MIGRATION) migrationId: string,
  ): Promise<RulesMigrationDto> {
    return migrationView(await this.migrations.control(id, migrationId, 'cancel'));
  }
}
