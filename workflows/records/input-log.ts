import { log } from '@temporalio/workflow';
import type { RecordInput } from '../../libs/automation/contract/automation.contract';
import { rows } from './effects';
import type { RecordState } from './record-state';

/**
 * The record input log: every input the interpreter is given (the start, each event with the
 * workflow's own time, a migration) is numbered in the carried state where it is applied, and
 * written by one local effect before the workflow waits. Only the workflow knows an input
 * exactly (when it was handled, which rule-created activity a completed one is, that a timer
 * fired, what an effect caused), so the workflow writes it. Numbering is pure state; the write is
 * behind patched(), so histories from before replay as they were and write on their next wake-up.
 */
export function logInput(record: RecordState, input: RecordInput): void {
  const inputs = (record.carried!.inputs ??= { next: 0, unwritten: [] });
  inputs.unwritten.push({ seq: inputs.next++, input });
}

/**
 * State carried over by code from before the log: the log of that record begins with its state
 * as it is now (what replaying it starts from).
 */
export function startLogFromState(record: RecordState, at: number): void {
  if (!record.carried || record.carried.inputs) return;
  const state = record.carried.state;
  logInput(record, {
    type: 'state',
    at,
    version: state.version,
    state: JSON.parse(JSON.stringify(state)) as typeof state,
  });
}

/** Writes what is numbered and not written yet; a failed write is tried again at the next wait. */
export async function writeInputs(record: RecordState): Promise<void> {
  const inputs = record.carried?.inputs;
  if (!inputs || inputs.unwritten.length === 0) return;
  if (!record.patches.has('record-input-log')) return;
  const batch = inputs.unwritten.slice();
  try {
    await rows.logInputs({
      kind: record.input.kind,
      recordId: record.input.recordId,
      workflowId: record.workflowId,
      ruleSetId: record.machine.ruleSetId,
      inputs: batch,
    });
    inputs.unwritten.splice(0, batch.length);
  } catch (error) {
    log.warn('record inputs not written', {
      workflowId: record.workflowId,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
