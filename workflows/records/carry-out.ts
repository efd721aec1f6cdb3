import type { Command, RulesEvent } from '../../libs/rules';
import { carryOutPlugin } from './carry-out-plugin';
import { rows } from './effects';
import { describeCause } from './record-events';
import type { RecordState } from './record-state';

/**
 * Carries out one command of the interpreter through its effect, keyed by the workflow and the
 * interpreter's key (stage writes by the record's own counter), so that a retry or a replay writes
 * and sends nothing twice: the stage and the close here, each action through its plug-in.
 * Returns the event the effect caused, if any (a quote sent).
 */
export async function carryOut(record: RecordState, c: Command): Promise<RulesEvent | undefined> {
  const carried = record.carried!;
  const target = (key: string) => record.target(key);
  switch (c.type) {
    case 'move_stage':
      // Every record is created with its first stage written in the same transaction: since
      // this change the workflow no longer writes it again (histories from before replay it).
      if (c.from === null && record.patches.has('first-stage-written-with-record'))
        return undefined;
      await rows.recordStage({
        ...target(`stage/${++carried.seq}`),
        from: c.from,
        to: c.to,
        at: c.at,
        cause: describeCause(c.cause),
        byUserId: c.cause.kind === 'manual' ? (c.cause.by ?? null) : null,
        ...(c.cause.lossReason !== undefined ? { lossReason: c.cause.lossReason } : {}),
        ...(c.cause.lossNote !== undefined ? { lossNote: c.cause.lossNote } : {}),
      });
      return undefined;
    case 'close':
      await rows.closeRecord({ ...target(`close/${carried.seq}`), outcome: c.outcome, at: c.at });
      return undefined;
    case 'start_timer':
    case 'cancel_timer':
      // The interpreter keeps its timers in the state; the main loop waits for the earliest.
      return undefined;
    default:
      return carryOutPlugin(record, c);
  }
}
