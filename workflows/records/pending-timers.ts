import { log } from '@temporalio/workflow';
import { rows } from './effects';
import type { RecordState } from './record-state';

/**
 * Keeps the upcoming-automation projection (pending_automation) exact: before the workflow waits,
 * the record's pending timers are written when they changed since they were last written (none
 * once the record is closed). Runs from before this existed skip it while they replay, and write
 * their timers from their next wake-up on.
 */
export class PendingTimersSync {
  private written: string | undefined;

  async sync(record: RecordState): Promise<void> {
    if (!record.patches.has('pending-automation-projection')) return;
    const state = record.machine;
    const timers = Object.values(state.closed ? {} : state.timers).sort(
      (a, b) => a.at - b.at || a.id.localeCompare(b.id),
    );
    const signature = JSON.stringify(timers);
    if (signature === this.written) return;
    try {
      await rows.syncPendingAutomation({
        kind: record.input.kind,
        recordId: record.input.recordId,
        workflowId: record.workflowId,
        ruleSetId: state.ruleSetId,
        version: state.version,
        timers,
      });
      this.written = signature;
    } catch (error) {
      // The view lags until the next try (the next time the workflow waits); the record goes on.
      log.warn('pending timers not written', {
        workflowId: record.workflowId,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
