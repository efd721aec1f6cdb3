import { Injectable } from '@nestjs/common';
import { type EntityManager, LockMode, MikroORM, ref } from '@mikro-orm/postgresql';
import { AutomationClient } from '../../automation/client/automation-client';
import { type DocumentDeadline } from '../../automation/contract/automation.contract';
import { StateConflictError } from '../../errors';
import { checkIfMatch } from '../concurrency/if-match';
import { money } from '../money/money';
import { findRecord } from '../records/records';
import { type Principal } from '../users/role';
import { User } from '../users/user.entity';
import { lapsesAt } from './document-deadlines';
import { Invoice, UNPAID_INVOICE_STATUSES } from './invoice.entity';
import { OPEN_QUOTE_STATUSES, Quote } from './quote.entity';

type DocumentKind = DocumentDeadline['document'];

/**
 * The life of a deal's quotes and invoices after they are written: the deal's workflow is told
 * when each lapses (it waits for the date with a durable timer), marks an invoice overdue or a
 * quote expired when the date comes (through the lapse effect), and a head or an admin cancels an
 * invoice with a reason.
 */
@Injectable()
export class DocumentLifecycleService {
  constructor(
    private readonly orm: MikroORM,
    private readonly automation: AutomationClient,
  ) {}

  /**
   * Tells the deal's workflow when the document lapses now, or that it no longer does (and the
   * deal it was moved off, that it no longer does there). After the commit; a signal that does
   * not get through is logged, and the workflow finds the deadline when it next reads them.
   */
  async tell(doc: Invoice | Quote, document: DocumentKind, formerDealId?: string | null) {
    const dealId = doc.deal?.id ?? null;
    if (formerDealId && formerDealId !== dealId)
      await this.automation.signalOrLog('deal', formerDealId, {
        type: 'document_deadline',
        document,
        documentId: doc.id,
        at: null,
      });
    if (dealId)
      await this.automation.signalOrLog('deal', dealId, {
        type: 'document_deadline',
        document,
        documentId: doc.id,
        at: lapsesAt(doc, document),
      });
  }

  /** The deadlines of the deal's unpaid invoices and unanswered quotes. */
  async deadlinesOf(em: EntityManager, dealId: string): Promise<DocumentDeadline[]> {
    const [invoices, quotes] = await Promise.all([
      em.find(Invoice, {
        deal: dealId,
        archivedAt: null,
        status: { $in: [...UNPAID_INVOICE_STATUSES] },
      }),
      em.find(Quote, {
        deal: dealId,
        archivedAt: null,
        status: { $in: [...OPEN_QUOTE_STATUSES] },
        validUntil: { $ne: null },
      }),
    ]);
    const deadlines: DocumentDeadline[] = [];
    for (const [document, docs] of [
      ['invoice', invoices],
      ['quote', quotes],
    ] as const)
      for (const doc of docs) {
        const at = lapsesAt(doc, document);
        if (at !== null) deadlines.push({ document, documentId: doc.id, at });
      }
    return deadlines;
  }

  /**
   * Marks the document lapsed when it still is what lapses by `at` (see lapsesAt) and still the
   * deal's: the invoice overdue, the quote expired. In the caller's transaction, the row locked
   * (a payment arriving at the same moment queues behind it, and finds it overdue).
   */
  async lapse(
    em: EntityManager,
    input: { document: DocumentKind; documentId: string; dealId: string; at: number },
  ): Promise<{ lapsed: boolean; number: string | null; why?: string }> {
    const doc = await em.findOne<Invoice | Quote>(
      input.document === 'invoice' ? Invoice : Quote,
      { id: input.documentId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!doc) return { lapsed: false, number: null, why: `no ${input.document}` };
    const number = doc.number;
    if (doc.deal?.id !== input.dealId)
      return { lapsed: false, number, why: 'no longer the deal’s' };
    const at = lapsesAt(doc, input.document);
    if (at === null)
      return { lapsed: false, number, why: doc.archivedAt ? 'archived' : `it is ${doc.status}` };
    if (at > input.at)
      return { lapsed: false, number, why: `it lapses at ${new Date(at).toISOString()}` };
    if (doc instanceof Invoice) {
      doc.status = 'overdue';
      doc.overdueAt = new Date(input.at);
    } else {
      doc.status = 'expired';
      doc.expiredAt = new Date(input.at);
    }
    return { lapsed: true, number };
  }

  /**
   * Cancels an invoice with the reason (heads and admins: the route says who). An invoice that
   * received money (paid, or partly) is not cancelled: 409; nor one cancelled already.
   */
  async cancelInvoice(
    p: Principal,
    id: string,
    reason: string,
    ifMatch: string | undefined,
  ): Promise<Invoice> {
    const invoice = await this.orm.em.fork().transactional(async (em) => {
      // The row lock a payment to it takes too: a payment and a cancellation queue.
      await em.findOne(Invoice, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const invoice = await findRecord(em, Invoice, id, p, 'invoice', {
        forWrite: true,
        populate: ['rows'],
      });
      checkIfMatch(ifMatch, invoice.version);
      if (invoice.status === 'cancelled')
        throw new StateConflictError(`the invoice ${invoice.number} is cancelled already`);
      if (invoice.status === 'paid' || money(invoice.amountPaid).gt(0))
        throw new StateConflictError(
          `the invoice ${invoice.number} is ${invoice.status.replace('_', ' ')} and has received payments; it cannot be cancelled`,
        );
      invoice.status = 'cancelled';
      invoice.cancelledAt = new Date();
      invoice.cancelledBy = ref(User, p.userId);
      invoice.cancelReason = reason;
      return invoice;
    });
    await this.tell(invoice, 'invoice');
    return invoice;
  }
}
