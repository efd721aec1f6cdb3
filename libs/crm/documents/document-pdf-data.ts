import { type AppConfig } from '../../config';
import { money } from '../money/money';
import { type PdfDocumentData } from './document-pdf';
import { formatStored, storedTotals } from './document-rows';
import { type Invoice } from './invoice.entity';
import { Quote } from './quote.entity';

/**
 * What a document's PDF shows: the seller from the configuration, the buyer from its company or
 * contact, its stored rows and totals. The document comes with its rows, company and contact.
 */
export function documentPdfData(
  doc: Quote | Invoice,
  kind: 'quote' | 'invoice',
  seller: AppConfig['seller'],
  locale: string | undefined,
): PdfDocumentData {
  // The tax per rate, summed from the stored rows as the totals were.
  const { taxes } = storedTotals(doc.rows.getItems(), doc.currency);
  const company = doc.company?.getEntity();
  const contact = doc.contact?.getEntity();
  const buyer = company
    ? {
        name: company.name,
        lines: [company.address, contact?.name, company.contactPoints.email].filter(
          (l): l is string => !!l,
        ),
      }
    : contact
      ? {
          name: contact.name,
          lines: [contact.contactPoints.email, contact.contactPoints.phone].filter(
            (l): l is string => !!l,
          ),
        }
      : null;
  const amount = (v: string) => formatStored(v, doc.currency);
  return {
    kind,
    number: doc.number,
    currency: doc.currency,
    issuedOn: doc.createdAt.toISOString().slice(0, 10),
    dateLabel: kind === 'quote' ? 'Valid until' : 'Due date',
    date: doc instanceof Quote ? (doc.validUntil ?? null) : doc.dueDate,
    seller: {
      name: seller.name,
      lines: [
        seller.address,
        seller.taxId ? `Tax id ${seller.taxId}` : '',
        seller.email ?? '',
      ].filter(Boolean),
    },
    buyer,
    rows: doc.rows.getItems().map((r) => ({
      name: r.name,
      quantity: money(r.quantity).toString(),
      unit: r.unit,
      unitPrice: money(r.unitPrice).toString(),
      discountPercent: money(r.discountPercent).toString(),
      taxRate: money(r.taxRate).toString(),
      total: amount(r.total),
    })),
    totals: {
      net: amount(doc.net),
      tax: amount(doc.tax),
      total: amount(doc.total),
      discount: amount(doc.discount),
    },
    taxes,
    notes: doc.notes,
    intro: doc instanceof Quote ? doc.intro : null,
    terms: doc instanceof Quote ? doc.terms : null,
    locale,
  };
}
