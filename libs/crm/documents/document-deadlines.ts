import { type Invoice, UNPAID_INVOICE_STATUSES } from './invoice.entity';
import { OPEN_QUOTE_STATUSES, type Quote } from './quote.entity';

const DAY_MS = 86_400_000;

/** The end of a day (`2026-12-31`), UTC, in epoch ms: when a document due or valid that day lapses. */
export function endOfDay(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`) + DAY_MS;
}

/**
 * When the document lapses, as its deal's workflow waits for it: an invoice still unpaid at the
 * end of its due date becomes overdue, a quote still unanswered at the end of its validity date
 * expires. Null when it does not: no deal, archived, paid, cancelled, answered, lapsed already, or
 * a quote without a validity date.
 */
export function lapsesAt(doc: Invoice | Quote, document: 'invoice' | 'quote'): number | null {
  if (doc.archivedAt || !doc.deal) return null;
  if (document === 'invoice') {
    const invoice = doc as Invoice;
    return UNPAID_INVOICE_STATUSES.includes(invoice.status) ? endOfDay(invoice.dueDate) : null;
  }
  const quote = doc as Quote;
  return OPEN_QUOTE_STATUSES.includes(quote.status) && quote.validUntil
    ? endOfDay(quote.validUntil)
    : null;
}
