import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  patched,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import {
  cancelMigrationUpdate,
  type MigrationBatchResult,
  migrationStatusQuery,
  pauseMigrationUpdate,
  resumeMigrationUpdate,
  type RulesMigrationEffectsApi,
  type RulesMigrationInput,
  type RulesMigrationStatus,
} from '../../libs/automation/contract/rules-migration.contract';

const effects = proxyActivities<RulesMigrationEffectsApi>({
  // A batch migrates its records one after another, each an update of the record's workflow.
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/**
 * A bulk migration of live records to another version of their rules (docs/rules.md#bulk-
 * migrations): batch after batch, in record id order, each record through its own workflow's
 * migrateRules update (the batch effect notes each outcome once, so a batch retried after a
 * worker died migrates nobody twice). Between batches it may be paused, resumed or cancelled;
 * its progress is in the database, its status written at each change.
 */
export async function rulesMigrationWorkflow(
  input: RulesMigrationInput,
): Promise<RulesMigrationStatus> {
  // What the people asked for, and what the database says (written by the loop).
  const state: { wanted: RulesMigrationStatus; written?: RulesMigrationStatus } = {
    wanted: 'running',
  };
  const over = () => state.written === 'completed' || state.written === 'cancelled';
  const answer = (status: RulesMigrationStatus) => async () => {
    if (over())
      throw ApplicationFailure.create({
        type: 'migration_over',
        message: `the migration is ${state.written}`,
        nonRetryable: true,
      });
    if (state.wanted !== 'cancelled') state.wanted = status;
    await condition(() => state.written === state.wanted || over());
    return state.written!;
  };
  setHandler(pauseMigrationUpdate, answer('paused'));
  setHandler(resumeMigrationUpdate, answer('running'));
  setHandler(cancelMigrationUpdate, answer('cancelled'));
  setHandler(migrationStatusQuery, () => state.written ?? 'running');

  const write = async (status: RulesMigrationStatus) => {
    if (state.written === status) return;
    await effects.setMigrationStatus({ migrationId: input.migrationId, status });
    state.written = status;
  };

  let after: string | null = null;
  for (;;) {
    const wanted = state.wanted;
    await write(wanted);
    if (wanted === 'paused') {
      await condition(() => state.wanted !== 'paused');
      continue;
    }
    if (wanted === 'cancelled') break;
    const batchStarted = Date.now();
    const batch: MigrationBatchResult = await effects.migrateBatch({
      migrationId: input.migrationId,
      afterRecordId: after,
      batchSize: input.batchSize,
    });
    if (batch.taken === 0) {
      await write('completed');
      break;
    }
    after = batch.lastRecordId;
    // Its pace: a batch that went faster than the limit allows waits out the rest of its share
    // (woken at once by a pause or cancel). Only migrations started with a pace take this path,
    // and no history before it has this timer: the patch marks the ones that do.
    const rate = input.maxRecordsPerSecond;
    if (rate && patched('migration-pace')) {
      const wait = batchStarted + (batch.taken * 1000) / rate - Date.now();
      if (wait > 0) await condition(() => state.wanted !== 'running', wait);
    }
  }
  await condition(allHandlersFinished);
  return state.written!;
}
