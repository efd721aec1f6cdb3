import { patched } from '@temporalio/workflow';

/**
 * The record workflow's patches (besides `one-begin-effect`, always asked first). A new patch of
 * the record workflow is added at the end of this list and asked through `RunPatches.has`.
 */
export const RECORD_PATCHES = [
  'record-input-log',
  'pending-automation-projection',
  'invoice-overdue-timers',
  'first-stage-written-with-record',
  'migration-keeps-fired-escalations',
] as const;
export type RecordPatch = (typeof RECORD_PATCHES)[number];

/**
 * Which patches a run has, decided at its start. On replay, `patched()` answers from the workflow
 * task it is asked in. A continued run's first task ends when its first local effect has a
 * result, and the code after the effect runs in a second task. On replay that code runs in the
 * first task, so a patch asked right after the effect was asked one task early, and the run could
 * not replay (test/histories/unreplayable/). Asked before the run's first effect, every patch is
 * in the run's first task, whatever the effects' timing. Runs recorded before this replay as they
 * were: their patches are asked where they were.
 */
export class RunPatches {
  private readonly decided = new Map<RecordPatch, boolean>();

  /** Before the run's first effect. */
  decideAtStart(): void {
    if (!patched('patches-decided-at-start')) return;
    for (const id of RECORD_PATCHES) this.decided.set(id, patched(id));
  }

  has(id: RecordPatch): boolean {
    return this.decided.get(id) ?? patched(id);
  }
}
