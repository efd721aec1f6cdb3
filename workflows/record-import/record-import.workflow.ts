import { continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type {
  RecordImportEffectsApi,
  RecordImportInput,
} from '../../libs/automation/contract/record-import.contract';

const effects = proxyActivities<RecordImportEffectsApi>({
  // A batch is one transaction; a round of starts lasts about STARTS_ROUND_SECONDS, longer when
  // the workers are slow (it heartbeats while it waits for them).
  startToCloseTimeout: '15 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/** Each round of workflow starts takes about this long at the import's pace. */
const STARTS_ROUND_SECONDS = 10;

/** Where a run takes up the import (continue-as-new carries it; the database has the rest). */
export interface RecordImportPosition {
  phase: 'storing' | 'starting';
  afterRow: number | null;
}

/**
 * A CSV import (docs/import.md): its rows written batch after batch, in row order, each batch one
 * transaction with its rows' outcomes (so a batch run again after a worker died writes nothing
 * twice); then, for leads, their workflows started behind it at the import's pace, so a burst never
 * floods the workers' task queue. Its progress is in the database.
 */
export async function recordImportWorkflow(
  input: RecordImportInput,
  from: RecordImportPosition = { phase: 'storing', afterRow: null },
): Promise<void> {
  let { phase, afterRow } = from;
  const goOnAfresh = () =>
    workflowInfo().continueAsNewSuggested
      ? continueAsNew<typeof recordImportWorkflow>(input, { phase, afterRow })
      : undefined;

  if (phase === 'storing') {
    for (;;) {
      const batch = await effects.importBatch({
        importId: input.importId,
        afterRow,
        batchSize: input.batchSize,
      });
      if (batch.taken === 0) break;
      afterRow = batch.lastRow;
      await goOnAfresh();
    }
    phase = 'starting';
    afterRow = null;
    await effects.setImportPhase({ importId: input.importId, phase });
  }
  if (input.kind === 'lead') {
    const perSecond = input.workflowStartsPerSecond;
    for (;;) {
      const round = await effects.startImportedWorkflows({
        importId: input.importId,
        afterRow,
        max: perSecond * STARTS_ROUND_SECONDS,
        perSecond,
      });
      if (round.lastRow === null) break;
      afterRow = round.lastRow;
      await goOnAfresh();
    }
  }
  await effects.setImportPhase({ importId: input.importId, phase: 'completed' });
}
