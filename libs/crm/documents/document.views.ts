import { formatStored, rowView } from './document-rows';
import { type Invoice } from './invoice.entity';
import { type Quote } from './quote.entity';

// Quotes and invoices as the API answers them.

function documentView(d: Quote | Invoice) {
  const amount = (v: string) => formatStored(v, d.currency);
  return {
    id: d.id,
    number: d.number,
    status: d.status,
    currency: d.currency,
    dealId: d.deal?.id ?? null,
    companyId: d.company?.id ?? null,
    contactId: d.contact?.id ?? null,
    responsibleId: d.responsible.id,
    notes: d.notes ?? null,
    rows: d.rows.getItems().map((r) => rowView(r, d.currency)),
    totals: {
      gross: amount(d.gross),
      discount: amount(d.discount),
      net: amount(d.net),
      tax: amount(d.tax),
      total: amount(d.total),
    },
    archivedAt: d.archivedAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    version: d.version,
  };
}

export function quoteView(q: Quote) {
  return {
    ...documentView(q),
    validUntil: q.validUntil ?? null,
    templateId: q.templateId ?? null,
    intro: q.intro ?? null,
    terms: q.terms ?? null,
    expiredAt: q.expiredAt?.toISOString() ?? null,
  };
}

export function invoiceView(i: Invoice) {
  return {
    ...documentView(i),
    dueDate: i.dueDate,
    amountPaid: formatStored(i.amountPaid, i.currency),
    quoteId: i.quote?.id ?? null,
    overdueAt: i.overdueAt?.toISOString() ?? null,
    cancelledAt: i.cancelledAt?.toISOString() ?? null,
    cancelledById: i.cancelledBy?.id ?? null,
    cancelReason: i.cancelReason ?? null,
  };
}
