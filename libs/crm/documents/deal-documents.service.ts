import { Injectable } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type Decimal from 'decimal.js';
import { Deal } from '../deals/deal.entity';
import { money } from '../money/money';
import { type Principal } from '../users/role';
import { formatStored } from './document-rows';
import { DocumentsService } from './documents.service';
import { Invoice } from './invoice.entity';
import { Quote } from './quote.entity';

/**
 * A deal's quotes and invoices as its rules handle them: the quote to send, the invoice to issue
 * (priced as the accepted quote, else at the deal's amount), what its invoices received, and the
 * fields of a document that emails show.
 */
@Injectable()
export class DealDocumentsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly documents: DocumentsService,
  ) {}

  /** The deal's latest draft quote, valid until the given day unless it says so itself. */
  async quoteToSend(em: EntityManager, dealId: string, validUntil: Date): Promise<Quote | null> {
    const quote = await em.findOne(
      Quote,
      { deal: dealId, status: 'draft', archivedAt: null },
      { orderBy: { createdAt: 'desc' } },
    );
    if (!quote) return null;
    quote.validUntil ??= validUntil.toISOString().slice(0, 10);
    return quote;
  }

  /** The deal's invoice, in the caller's transaction: the accepted quote's rows, else its amount. */
  async issueInvoice(em: EntityManager, p: Principal, dealId: string, due: Date): Promise<Invoice> {
    const deal = await em.findOneOrFail(Deal, dealId);
    const accepted = await em.findOne(
      Quote,
      { deal: deal.id, status: 'accepted' },
      { orderBy: { createdAt: 'desc' }, populate: ['rows'] },
    );
    const rows = accepted
      ? accepted.rows.getItems().map((r) => ({
          name: r.name,
          quantity: r.quantity,
          unitPrice: r.unitPrice,
          discountPercent: r.discountPercent,
          taxRate: r.taxRate,
          taxIncluded: r.taxIncluded,
          unit: r.unit ?? undefined,
        }))
      : [{ name: deal.title, quantity: '1', unitPrice: deal.amount }];
    return this.documents.createInvoiceIn(em, p, {
      currency: deal.currency,
      dealId: deal.id,
      companyId: deal.company?.id ?? null,
      contactId: deal.contact?.id ?? null,
      responsibleId: deal.responsible.id,
      dueDate: due.toISOString().slice(0, 10),
      rows,
      quoteId: accepted?.id,
    });
  }

  /** What the deal's invoices received (cancelled ones aside). */
  async receivedOn(em: EntityManager, dealId: string): Promise<Decimal> {
    const invoices = await em.find(Invoice, { deal: dealId, status: { $ne: 'cancelled' } });
    return invoices.reduce((sum, i) => sum.plus(i.amountPaid), money(0));
  }

  quote(id: string): Promise<Quote> {
    return this.orm.em.fork().findOneOrFail(Quote, id);
  }

  invoice(id: string): Promise<Invoice> {
    return this.orm.em.fork().findOneOrFail(Invoice, id);
  }

  /** A draft mailed to the customer is sent (a document no longer a draft stays as it is). */
  async markSent(doc: Quote | Invoice): Promise<void> {
    await this.orm.em.fork().nativeUpdate(
      doc instanceof Quote ? Quote : Invoice,
      { id: doc.id, status: 'draft' },
      {
        status: 'sent',
      },
    );
  }

  /** A quote as its email template sees it (`quote.*`; the answer link is added by the sender). */
  quoteFields(q: Quote) {
    return {
      number: q.number,
      total: formatStored(q.total, q.currency),
      currency: q.currency,
      valid_until: q.validUntil ?? '',
    };
  }

  /** An invoice as its email template sees it (`invoice.*`). */
  invoiceFields(i: Invoice) {
    return {
      number: i.number,
      total: formatStored(i.total, i.currency),
      currency: i.currency,
      due_date: i.dueDate,
      amount_due: formatStored(money(i.total).minus(i.amountPaid).toFixed(4), i.currency),
      link: '',
    };
  }
}
