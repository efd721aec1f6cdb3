import { AutomationClient } from '../../automation/client/automation-client';
import { Injectable } from '@nestjs/common';
import {
  type EntityManager,
  type FilterQuery,
  LockMode,
  MikroORM,
  ref,
} from '@mikro-orm/postgresql';
import { AccessPolicy } from '../auth/access-policy';
import { Invoice } from '../documents/invoice.entity';
import { formatStored } from '../documents/document-rows';
import { type ListQueryDto } from '../lists/list-query.dto';
import { type Page, paginate, type Sortable } from '../lists/pagination';
import { containsPattern } from '../lists/text-search';
import { fitsCurrency, minorUnits, money } from '../money/money';
import { type Principal } from '../users/role';
import { User } from '../users/user.entity';
import { Payment, type PaymentStatus } from './payment.entity';
import { invalidField, NotFoundError, AccessError, StateConflictError } from '../../errors';
import { lockForTransaction } from '../../sql/advisory-lock';

export interface PaymentReport {
  externalId: string;
  invoiceNumber: string;
  amount: string;
  currency: string;
  paidAt: Date;
}

export interface PaymentReceipt {
  /** 201 applied, 202 kept as unmatched, 200 a repeat of an earlier delivery. */
  httpStatus: 200 | 201 | 202;
  answer: Record<string, unknown>;
}

const PAYMENT_SORTS: Sortable = {
  receivedAt: { property: 'receivedAt', kind: 'date' },
  paidAt: { property: 'paidAt', kind: 'date' },
};

export function paymentView(p: Payment) {
  return {
    id: p.id,
    externalId: p.externalId,
    status: p.status,
    invoiceId: p.invoice?.id ?? null,
    invoiceNumber: p.invoiceNumber,
    amount: formatStored(p.amount, p.currency),
    currency: p.currency,
    paidAt: p.paidAt.toISOString(),
    receivedAt: p.receivedAt.toISOString(),
    integrationId: p.integration.id,
    matchedAt: p.matchedAt?.toISOString() ?? null,
    matchedById: p.matchedBy?.id ?? null,
  };
}

/**
 * Payments: applied exactly once. A delivery is keyed by the integration and its external id; a
 * repeat answers what the first answered and applies nothing. A payment for an unknown invoice is
 * kept as unmatched; one that does not fit its invoice (currency, more than is outstanding, a
 * cancelled invoice) is refused with the reason and leaves nothing behind.
 */
@Injectable()
export class PaymentsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly automation: AutomationClient,
  ) {}

  /**
   * Records the payment, then tells the deal's workflow (after the commit). A repeat tells it
   * again when the invoice is paid: the workflow takes it once, and a signal lost to a crash
   * between the commit and the signal is made good by the payment system's retry.
   */
  async receive(p: Principal, report: PaymentReport): Promise<PaymentReceipt> {
    const receipt = await this.record(p, report);
    const answer = receipt.answer as { status?: string; invoice?: { id: string; status: string } };
    if (answer.status === 'applied' && answer.invoice)
      await this.tellDeal(answer.invoice.id, receipt.httpStatus !== 200);
    return receipt;
  }

  /**
   * Tells the deal of a paid invoice (`payment_received`, when the payment is new) and, once the
   * invoice is paid, `invoice_paid`: the webhook's path and the match's alike.
   */
  private async tellDeal(invoiceId: string, newPayment: boolean): Promise<void> {
    const invoice = await this.orm.em
      .fork()
      .findOne(Invoice, invoiceId, { fields: ['id', 'deal', 'status'] });
    const dealId = invoice?.deal?.id;
    if (!dealId) return;
    if (newPayment)
      await this.automation.signalOrLog('deal', dealId, {
        type: 'payment_received',
        invoiceId: invoice.id,
      });
    if (invoice.status === 'paid')
      await this.automation.signalOrLog('deal', dealId, {
        type: 'invoice_paid',
        invoiceId: invoice.id,
      });
  }

  /**
   * Matches an unmatched payment to an invoice (admins: the route says who), applied as the
   * webhook applies one that matches: it must fit the invoice (currency, no more than is
   * outstanding, not cancelled), and the deal's workflow hears of it. Once: matches of one payment
   * queue on its row, and all but the first find it applied (409).
   */
  async match(p: Principal, paymentId: string, invoiceId: string): Promise<Payment> {
    const payment = await this.orm.em.fork().transactional(async (em) => {
      const payment = await em.findOne(
        Payment,
        { id: paymentId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!payment) throw new NotFoundError(`no payment ${paymentId}`);
      if (payment.status !== 'unmatched')
        throw new StateConflictError(
          `the payment ${payment.externalId} is applied already${payment.invoice ? ` (to invoice ${payment.invoice.id})` : ''}`,
        );
      const invoice = await em.findOne(
        Invoice,
        { id: invoiceId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!invoice) throw invalidField('invoiceId', `no invoice ${invoiceId}`);
      this.assertFits(
        invoice,
        { amount: formatStored(payment.amount, payment.currency), currency: payment.currency },
        'invoiceId',
      );
      this.apply(invoice, payment);
      payment.matchedAt = new Date();
      payment.matchedBy = ref(User, p.userId);
      return payment;
    });
    await this.tellDeal(invoiceId, true);
    return payment;
  }

  /** The payment on its invoice: what it paid, the invoice's status (overdue stays until paid). */
  private apply(invoice: Invoice, payment: Payment) {
    const paid = money(invoice.amountPaid).plus(payment.amount);
    invoice.amountPaid = paid.toFixed(4);
    invoice.status = paid.gte(invoice.total)
      ? 'paid'
      : invoice.status === 'overdue'
        ? 'overdue'
        : 'partially_paid';
    payment.invoice = ref(invoice);
    payment.status = 'applied';
  }

  private async record(p: Principal, report: PaymentReport): Promise<PaymentReceipt> {
    return this.orm.em.fork().transactional(async (em) => {
      // Deliveries of the same external id queue here; the unique key is the last line of defence.
      await lockForTransaction(em, `payment:${p.userId}:${report.externalId}`);
      const earlier = await em.findOne(Payment, {
        integration: p.userId,
        externalId: report.externalId,
      });
      if (earlier) return { httpStatus: 200, answer: earlier.answer };

      const invoice = await em.findOne(
        Invoice,
        { number: report.invoiceNumber },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const payment = Object.assign(new Payment(), {
        integration: ref(User, p.userId),
        externalId: report.externalId,
        invoiceNumber: report.invoiceNumber,
        amount: report.amount,
        currency: report.currency,
        paidAt: report.paidAt,
        status: 'unmatched',
      });
      em.persist(payment);
      if (!invoice) {
        payment.answer = {
          paymentId: payment.id,
          externalId: report.externalId,
          status: 'unmatched',
          invoiceNumber: report.invoiceNumber,
          detail: `no invoice ${report.invoiceNumber}; the payment is kept for review`,
        };
        await em.flush();
        return { httpStatus: 202, answer: payment.answer };
      }

      this.assertFits(invoice, report, 'invoiceNumber');
      this.apply(invoice, payment);
      const paid = money(invoice.amountPaid);
      payment.answer = {
        paymentId: payment.id,
        externalId: report.externalId,
        status: 'applied',
        amount: formatStored(payment.amount, payment.currency),
        currency: payment.currency,
        invoice: {
          id: invoice.id,
          number: invoice.number,
          status: invoice.status,
          total: formatStored(invoice.total, invoice.currency),
          amountPaid: formatStored(invoice.amountPaid, invoice.currency),
          outstanding: formatStored(money(invoice.total).minus(paid).toFixed(4), invoice.currency),
        },
      };
      await em.flush();
      return { httpStatus: 201, answer: payment.answer };
    });
  }

  private assertFits(
    invoice: Invoice,
    report: Pick<PaymentReport, 'amount' | 'currency'>,
    invoiceField: 'invoiceNumber' | 'invoiceId',
  ): void {
    if (invoice.status === 'cancelled')
      throw invalidField(invoiceField, `${invoice.number} is cancelled`);
    if (report.currency !== invoice.currency)
      throw invalidField(
        'currency',
        `${invoice.number} is in ${invoice.currency}, not ${report.currency}`,
      );
    if (!fitsCurrency(report.amount, report.currency))
      throw invalidField(
        'amount',
        `${report.currency} has ${minorUnits(report.currency)} decimals`,
      );
    if (money(report.amount).lte(0)) throw invalidField('amount', 'a payment is more than zero');
    const outstanding = money(invoice.total).minus(invoice.amountPaid);
    if (money(report.amount).gt(outstanding))
      throw invalidField(
        'amount',
        `${report.amount} is more than the ${formatStored(outstanding.toFixed(4), invoice.currency)} ${invoice.currency} outstanding on ${invoice.number}`,
      );
  }

  /** Who reads payments: those who may read the invoice; unmatched ones, admins and sales ops. */
  private scope(p: Principal): FilterQuery<Payment> {
    if (p.role === 'integration') return { id: null } as FilterQuery<Payment>;
    const invoiceScope = AccessPolicy.readScope(p);
    if (Object.keys(invoiceScope).length === 0) return {};
    return { invoice: invoiceScope } as FilterQuery<Payment>;
  }

  async list(
    p: Principal,
    q: ListQueryDto & { status?: PaymentStatus; invoiceId?: string; q?: string },
  ): Promise<Page<Payment>> {
    const em = this.orm.em.fork();
    const where: Record<string, unknown>[] = [this.scope(p) as Record<string, unknown>];
    if (q.status) where.push({ status: q.status });
    if (q.invoiceId) where.push({ invoice: q.invoiceId });
    if (q.createdFrom || q.createdTo)
      where.push({
        receivedAt: {
          ...(q.createdFrom ? { $gte: q.createdFrom } : {}),
          ...(q.createdTo ? { $lt: q.createdTo } : {}),
        },
      });
    if (q.q) {
      const like = containsPattern(q.q);
      where.push({ $or: [{ externalId: { $ilike: like } }, { invoiceNumber: { $ilike: like } }] });
    }
    return paginate(
      em,
      Payment,
      { $and: where } as FilterQuery<Payment>,
      { limit: q.limit, cursor: q.cursor, offset: q.offset, sort: q.sort ?? '-receivedAt' },
      PAYMENT_SORTS,
    );
  }

  async get(p: Principal, id: string): Promise<Payment> {
    return this.readable(this.orm.em.fork(), p, id);
  }

  private async readable(em: EntityManager, p: Principal, id: string): Promise<Payment> {
    const payment = await em.findOne(Payment, { id }, { populate: ['invoice.responsible.team'] });
    if (!payment) throw new NotFoundError(`no payment ${id}`);
    const invoice = payment.invoice?.getEntity();
    const allowed =
      p.role === 'admin' ||
      p.role === 'salesops' ||
      (invoice !== undefined && AccessPolicy.canRead(p, invoice));
    if (!allowed)
      throw new AccessError('forbidden', `payment ${id} is not among the records you may see`);
    return payment;
  }
}
