import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { RecordKind } from './automation.contract';

// A bulk migration of live records to another version of their rules: the workflow's input, its
// messages and its effects. Plain definitions: the workflow, the worker and the API share them.

/** Which records a migration takes (all open records on its from-version when empty). */
export interface RulesMigrationFilter {
  stages?: string[];
  responsibleIds?: string[];
  recordIds?: string[];
}

export interface RulesMigrationInput {
  migrationId: string;
  kind: RecordKind;
  ruleSetId: string;
  from: number;
  to: number;
  filter: RulesMigrationFilter;
  batchSize: number;
  /**
   * At most this many records a second, on average (the workflow waits after a batch that went
   * faster); unset: batch after batch as fast as they go. Absent in migrations started before it.
   */
  maxRecordsPerSecond?: number | null;
  /** Who started it, as the records' histories name them (a user id). */
  by: string;
}

/** running → paused ⇄ running → completed or cancelled. */
export type RulesMigrationStatus = 'running' | 'paused' | 'completed' | 'cancelled';

/** What a batch did: the last record it took (where the next starts), and how many it took. */
export interface MigrationBatchResult {
  lastRecordId: string | null;
  taken: number;
}

/** The effects of the migration workflow (the worker's `migrations` group). */
export interface RulesMigrationEffectsApi {
  /**
   * Migrates the next `batchSize` records after `afterRecordId` (by id) that the migration takes,
   * each through its workflow's migrateRules update, and notes each one's outcome once (a record
   * already noted is skipped: a retried batch migrates nobody twice).
   */
  migrateBatch(input: {
    migrationId: string;
    afterRecordId: string | null;
    batchSize: number;
  }): Promise<MigrationBatchResult>;
  /** The migration's status, as the API lists it. */
  setMigrationStatus(input: { migrationId: string; status: RulesMigrationStatus }): Promise<void>;
}

/** Pause, resume or cancel: answered once the workflow has written the new status. */
export const pauseMigrationUpdate = defineUpdate<RulesMigrationStatus>('pause');
export const resumeMigrationUpdate = defineUpdate<RulesMigrationStatus>('resume');
export const cancelMigrationUpdate = defineUpdate<RulesMigrationStatus>('cancel');

/** The status the workflow holds. */
export const migrationStatusQuery = defineQuery<RulesMigrationStatus>('status');

export function migrationWorkflowId(migrationId: string): string {
  return `rules-migration-${migrationId}`;
}
