import { log } from '@temporalio/workflow';
import { type RulesEvent, type Step, handle } from '../../libs/rules';
import type { AutomationEvent } from '../../libs/automation/contract/automation.contract';
import { rows } from './effects';
import { logInput } from './input-log';
import type { RecordState } from './record-state';

/** How long a lapse whose effect failed for good waits before it is tried again. */
const RETRY_AFTER_MS = 10 * 60_000;

/**
 * Whether the record watches its documents' deadlines (invoices overdue, quotes expired): deals
 * do, from this change on. Runs from before it replay without (no marker in their history).
 */
export function watchesDocuments(record: RecordState): boolean {
  return record.input.kind === 'deal' && record.patches.has('invoice-overdue-timers');
}

/**
 * A deal run that carries no deadlines (its state came from code from before them) reads them
 * from the deal's documents, once, at its first wake-up under this code. A failed read is tried
 * again at the next wake-up.
 */
export async function readDeadlinesIfUnknown(record: RecordState): Promise<void> {
  if (record.deadlines !== undefined || !watchesDocuments(record)) return;
  try {
    record.knowDeadlines(await rows.documentDeadlines({ dealId: record.input.recordId }));
  } catch (error) {
    log.warn('document deadlines not read', {
      workflowId: record.workflowId,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * The deadlines that are due, earliest first: each document is marked lapsed by an effect (once
 * per document and date; nothing when it was paid, answered or moved on meanwhile), and the rules
 * hear `invoice_overdue` or `quote_expired` as they hear any event.
 */
export async function lapseDueDocuments(
  record: RecordState,
  execute: (step: Step, event?: AutomationEvent) => Promise<void>,
  failureMessage: (error: unknown) => string,
): Promise<void> {
  for (;;) {
    if (record.machine.closed) return;
    const due = record.takeDueDeadline();
    if (!due) return;
    const at = Date.now();
    let lapsed: { lapsed: boolean; number: string | null; why?: string };
    try {
      lapsed = await rows.lapseDocument({
        ...record.target(`${due.document}/${due.documentId}/lapse@${due.at}`),
        document: due.document,
        documentId: due.documentId,
        at,
      });
    } catch (error) {
      record.remember(at, `effect:lapse_${due.document}`, `failed: ${failureMessage(error)}`);
      record.retryDeadline(due, at + RETRY_AFTER_MS);
      continue;
    }
    if (!lapsed.lapsed) continue;
    const event: RulesEvent = {
      type: due.document === 'invoice' ? 'invoice_overdue' : 'quote_expired',
      at,
    };
    logInput(record, { type: 'event', at, version: record.rules.version, event });
    const noted = record.remember(
      at,
      `event:${event.type}`,
      `${due.document} ${lapsed.number ?? due.documentId} ${due.document === 'invoice' ? 'overdue' : 'expired'}`,
    );
    await execute(handle(record.rules, record.machine, event), noted);
  }
}
