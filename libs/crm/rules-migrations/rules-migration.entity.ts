import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type {
  RulesMigrationFilter,
  RulesMigrationStatus,
} from '../../automation/contract/rules-migration.contract';
import type { RecordKind } from '../../automation/contract/automation.contract';

/**
 * A bulk migration of a rule set's live records from one version to another: who started it,
 * when, why (a note), which records it takes, and its status (written by its workflow). Kept for
 * good: the list of a rule set's migrations is the record of who moved what.
 */
@Entity({ tableName: 'rules_migration' })
@Index({ properties: ['ruleSetId', 'startedAt', 'id'] })
export class RulesMigration {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64 })
  ruleSetId: string;

  @Property({ type: 'string', length: 8 })
  kind: RecordKind;

  @Property({ type: 'integer' })
  fromVersion: number;

  @Property({ type: 'integer' })
  toVersion: number;

  @Property({ type: 'json' })
  filter: RulesMigrationFilter;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'uuid' })
  startedById: string;

  /** `Name (user id)`, as rule versions name who published them. */
  @Property({ type: 'string', length: 300 })
  startedBy: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startedAt: Date = new Date();

  @Property({ type: 'string', length: 16 })
  status: RulesMigrationStatus = 'running';

  /** When it completed or was cancelled. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  /** The records it took when it started. */
  @Property({ type: 'integer' })
  total: number;

  @Property({ type: 'integer' })
  batchSize: number;

  /** Its pace: at most this many records a second (null: as fast as they go). */
  @Property({ type: 'integer', nullable: true })
  maxRecordsPerSecond: number | null;

  constructor(init: {
    ruleSetId: string;
    kind: RecordKind;
    fromVersion: number;
    toVersion: number;
    filter: RulesMigrationFilter;
    note?: string | null;
    startedById: string;
    startedBy: string;
    total: number;
    batchSize: number;
    maxRecordsPerSecond?: number | null;
  }) {
    this.ruleSetId = init.ruleSetId;
    this.kind = init.kind;
    this.fromVersion = init.fromVersion;
    this.toVersion = init.toVersion;
    this.filter = init.filter;
    this.note = init.note ?? null;
    this.startedById = init.startedById;
    this.startedBy = init.startedBy;
    this.total = init.total;
    this.batchSize = init.batchSize;
    this.maxRecordsPerSecond = init.maxRecordsPerSecond ?? null;
  }
}

/** migrating: its update was sent (a batch retried sends it again); then migrated, refused or failed. */
export type MigratedRecordOutcome = 'migrating' | 'migrated' | 'refused' | 'failed';

/** One record a migration took, and what became of it: written once per (migration, record). */
@Entity({ tableName: 'rules_migration_record' })
@Unique({ properties: ['migrationId', 'recordId'] })
@Index({ properties: ['migrationId', 'at', 'id'] })
export class RulesMigrationRecord {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  migrationId: string;

  @Property({ type: 'uuid' })
  recordId: string;

  @Property({ type: 'string', length: 16 })
  outcome: MigratedRecordOutcome;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date = new Date();

  constructor(migrationId: string, recordId: string, outcome: MigratedRecordOutcome) {
    this.migrationId = migrationId;
    this.recordId = recordId;
    this.outcome = outcome;
  }
}
