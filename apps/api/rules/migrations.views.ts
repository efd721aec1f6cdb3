import { ApiProperty } from '@nestjs/swagger';
import {
  DateTimeField,
  EnumField,
  IntField,
  NestedField,
  TextField,
  UuidField,
} from '../openapi/fields';
import { type MigrationProgress } from '../../../libs/crm/rules-migrations/rules-migrations.service';
import { type RulesMigrationRecord } from '../../../libs/crm/rules-migrations/rules-migration.entity';
import { RECORD_OUTCOMES } from './migrations.dto';

const STATUSES = ['running', 'paused', 'completed', 'cancelled'] as const;

const Ids = (description: string, format?: 'uuid') =>
  ApiProperty({
    type: [String],
    ...(format ? { format } : {}),
    nullable: true,
    required: true,
    description,
  });

/** Which records it takes (null: not filtered by that). */
export class MigrationFilterViewDto {
  @Ids('only records in these stages')
  stages!: string[] | null;

  @Ids('only records of these responsibles', 'uuid')
  responsibleIds!: string[] | null;

  @Ids('only these records', 'uuid')
  recordIds!: string[] | null;
}

/** Records by outcome so far. */
export class MigrationCountsDto {
  @IntField({ minimum: 0, description: 'moved to the new version' })
  migrated!: number;

  @IntField({ minimum: 0, description: 'refused by the rules (its stage is gone, it closed)' })
  refused!: number;

  @IntField({ minimum: 0, description: 'not reached (its workflow did not answer)' })
  failed!: number;

  @IntField({ minimum: 0, description: 'its update sent, the outcome not noted yet' })
  migrating!: number;
}

/** A bulk migration: who started it, when and why, its status and progress. */
export class RulesMigrationDto {
  @UuidField()
  id!: string;

  @TextField({ example: 'b2b' })
  ruleSetId!: string;

  @EnumField(['deal', 'lead'])
  recordKind!: string;

  @IntField({ minimum: 1 })
  fromVersion!: number;

  @IntField({ minimum: 1 })
  toVersion!: number;

  @EnumField(STATUSES, { name: 'RulesMigrationStatus' })
  status!: string;

  @TextField({ description: 'who started it (name and user id)' })
  startedBy!: string;

  @DateTimeField()
  startedAt!: string;

  @DateTimeField({ nullable: true, description: 'when it completed or was cancelled' })
  finishedAt!: string | null;

  @TextField({ nullable: true })
  note!: string | null;

  @NestedField(MigrationFilterViewDto)
  filter!: MigrationFilterViewDto;

  @IntField({ minimum: 1 })
  batchSize!: number;

  @IntField({
    minimum: 1,
    nullable: true,
    description: 'its pace in records a second (null: as fast as they go)',
  })
  maxRecordsPerSecond!: number | null;

  @IntField({ minimum: 0, description: 'the records it took when it started' })
  total!: number;

  @NestedField(MigrationCountsDto)
  counts!: MigrationCountsDto;

  @IntField({
    minimum: 0,
    description: 'records it takes and has not reached (0 once completed)',
  })
  remaining!: number;
}

/** One record a migration took, and what became of it. */
export class MigratedRecordDto {
  @UuidField()
  recordId!: string;

  @EnumField(RECORD_OUTCOMES, { name: 'MigratedRecordOutcome' })
  outcome!: string;

  @TextField({ nullable: true, description: 'why it was refused or failed' })
  reason!: string | null;

  @DateTimeField()
  at!: string;
}

export function migrationView(p: MigrationProgress): RulesMigrationDto {
  const m = p.migration;
  return {
    id: m.id,
    ruleSetId: m.ruleSetId,
    recordKind: m.kind,
    fromVersion: m.fromVersion,
    toVersion: m.toVersion,
    status: m.status,
    startedBy: m.startedBy,
    startedAt: m.startedAt.toISOString(),
    finishedAt: m.finishedAt?.toISOString() ?? null,
    note: m.note ?? null,
    filter: {
      stages: m.filter.stages ?? null,
      responsibleIds: m.filter.responsibleIds ?? null,
      recordIds: m.filter.recordIds ?? null,
    },
    batchSize: m.batchSize,
    maxRecordsPerSecond: m.maxRecordsPerSecond,
    total: m.total,
    counts: p.counts,
    remaining: p.remaining,
  };
}

export const migratedRecordView = (r: RulesMigrationRecord): MigratedRecordDto => ({
  recordId: r.recordId,
  outcome: r.outcome,
  reason: r.reason ?? null,
  at: r.at.toISOString(),
});
