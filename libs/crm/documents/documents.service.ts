import { Injectable } from '@nestjs/common';
import { type EntityManager, type FilterQuery, MikroORM, ref } from '@mikro-orm/postgresql';
import { AccessPolicy } from '../auth/access-policy';
import { Company } from '../companies/company.entity';
import { checkIfMatch } from '../concurrency/if-match';
import { type AppConfig } from '../../config';
import { type ListQueryDto } from '../lists/list-query.dto';
import { type Page, paginate, type Sortable } from '../lists/pagination';
import { and, findLinkedRecord, findRecord, recordListWhere } from '../records/records';
import { Contact } from '../contacts/contact.entity';
import { Deal } from '../deals/deal.entity';
import { containsPattern } from '../lists/text-search';
import { type Principal } from '../users/role';
import { buildRows, fillRow, type RowRequest } from './document-rows';
import { Invoice, InvoiceRow } from './invoice.entity';
import { DocumentLifecycleService } from './document-lifecycle.service';
import { renderDocumentPdf } from './document-pdf';
import { documentPdfData } from './document-pdf-data';
import { nextDocumentNumber } from './numbering';
import { Quote, QuoteRow } from './quote.entity';
import { type SalesDocument } from './sales-document.entity';
import { invalidField, StateConflictError } from '../../errors';

export interface DocumentInput {
  currency?: string;
  dealId?: string | null;
  companyId?: string | null;
  contactId?: string | null;
  notes?: string | null;
  rows?: RowRequest[];
  responsibleId?: string;
  /** Quotes. */
  validUntil?: string | null;
  intro?: string | null;
  terms?: string | null;
  /** Invoices. */
  dueDate?: string;
}

const DOCUMENT_SORTS: Sortable = {
  number: { property: 'number', kind: 'string' },
  createdAt: { property: 'createdAt', kind: 'date' },
  updatedAt: { property: 'updatedAt', kind: 'date' },
};

/**
 * Quotes and invoices: product rows whose amounts the server computes with
 * exact decimals, totals, and numbers that are unique and gap-free per year.
 * Everything of one document is written in one transaction, or nothing is.
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly lifecycle: DocumentLifecycleService,
  ) {}

  async createQuote(
    p: Principal,
    input: DocumentInput & { currency: string; rows: RowRequest[] },
  ): Promise<Quote> {
    const quote = await this.orm.em.fork().transactional((em) => this.createQuoteIn(em, p, input));
    // Its deal's workflow waits for its validity date.
    await this.lifecycle.tell(quote, 'quote');
    return quote;
  }

  /** Tells the document's deal when it lapses (after a create in the caller's transaction). */
  tellDeadline(doc: Quote | Invoice, kind: 'quote' | 'invoice'): Promise<void> {
    return this.lifecycle.tell(doc, kind);
  }

  /** A quote inside the caller's transaction (one made from a template is personalised after). */
  createQuoteIn(
    em: EntityManager,
    p: Principal,
    input: DocumentInput & { currency: string; rows: RowRequest[]; templateId?: string },
  ): Promise<Quote> {
    return this.createIn(
      em,
      p,
      input,
      () => new Quote(),
      'quote',
      (q) => {
        quoteFields(q, input);
        if (input.templateId) q.templateId = input.templateId;
      },
    );
  }

  createInvoice(
    p: Principal,
    input: DocumentInput & { currency: string; rows: RowRequest[]; dueDate: string },
  ): Promise<Invoice> {
    return this.create(
      p,
      input,
      () => new Invoice(),
      'invoice',
      (i) => {
        i.dueDate = input.dueDate;
      },
    );
  }

  getQuote(p: Principal, id: string): Promise<Quote> {
    return findRecord(this.orm.em.fork(), Quote, id, p, 'quote', { populate: ['rows'] });
  }

  getInvoice(p: Principal, id: string): Promise<Invoice> {
    return findRecord(this.orm.em.fork(), Invoice, id, p, 'invoice', { populate: ['rows'] });
  }

  updateQuote(p: Principal, id: string, input: DocumentInput, ifMatch?: string): Promise<Quote> {
    return this.update(p, Quote, 'quote', id, input, ifMatch, (q) => quoteFields(q, input));
  }

  updateInvoice(
    p: Principal,
    id: string,
    input: DocumentInput,
    ifMatch?: string,
  ): Promise<Invoice> {
    return this.update(p, Invoice, 'invoice', id, input, ifMatch, (i) => {
      if (input.dueDate !== undefined) i.dueDate = input.dueDate;
    });
  }

  async archive<T extends Quote | Invoice>(
    p: Principal,
    entity: new () => T,
    what: string,
    id: string,
    ifMatch?: string,
  ): Promise<void> {
    const em = this.orm.em.fork();
    const doc = await findRecord(em, entity, id, p, what, { forWrite: true });
    checkIfMatch(ifMatch, doc.version);
    doc.archivedAt ??= new Date();
    await em.flush();
    // An archived document lapses no more.
    await this.lifecycle.tell(doc, what === 'quote' ? 'quote' : 'invoice');
  }

  list<T extends Quote | Invoice>(
    p: Principal,
    entity: new () => T,
    q: ListQueryDto & {
      responsibleId?: string;
      status?: string;
      dealId?: string;
      companyId?: string;
      contactId?: string;
      q?: string;
      archived?: boolean;
    },
  ): Promise<Page<T>> {
    const where = and(recordListWhere(p, q), {
      ...(q.status ? { status: q.status } : {}),
      ...(q.companyId ? { company: q.companyId } : {}),
      ...(q.dealId ? { deal: q.dealId } : {}),
      ...(q.contactId ? { contact: q.contactId } : {}),
      ...(q.q ? { number: { $ilike: containsPattern(q.q) } } : {}),
    });
    return paginate(
      this.orm.em.fork(),
      entity,
      where as FilterQuery<T>,
      { limit: q.limit, cursor: q.cursor, offset: q.offset, sort: q.sort ?? '-createdAt' },
      DOCUMENT_SORTS,
      {
        populate: ['rows'] as never,
      },
    );
  }

  /** The document as PDF: seller from the configuration, buyer from its company or contact. */
  async pdf(
    p: Principal,
    kind: 'quote' | 'invoice',
    id: string,
    seller: AppConfig['seller'],
    locale?: string,
  ): Promise<{ number: string; pdf: Buffer }> {
    const em = this.orm.em.fork();
    const entity = kind === 'quote' ? Quote : Invoice;
    const doc = await findRecord<Quote | Invoice>(em, entity, id, p, kind, {
      populate: ['rows', 'company', 'contact'],
    });
    const pdf = await renderDocumentPdf(documentPdfData(doc, kind, seller, locale));
    return { number: doc.number, pdf };
  }

  // ---------------------------------------------------------------------------

  private async create<T extends Quote | Invoice>(
    p: Principal,
    input: DocumentInput & { currency: string; rows: RowRequest[] },
    make: () => T,
    kind: 'quote' | 'invoice',
    specific: (doc: T) => void,
  ): Promise<T> {
    const doc = await this.orm.em
      .fork()
      .transactional((em) => this.createIn(em, p, input, make, kind, specific));
    // Its deal's workflow waits for its due (validity) date.
    await this.lifecycle.tell(doc, kind);
    return doc;
  }

  /** An invoice inside the caller's transaction (the automation issues one with its effect run). */
  createInvoiceIn(
    em: EntityManager,
    p: Principal,
    input: DocumentInput & {
      currency: string;
      rows: RowRequest[];
      dueDate: string;
      quoteId?: string;
    },
  ): Promise<Invoice> {
    return this.createIn(
      em,
      p,
      input,
      () => new Invoice(),
      'invoice',
      (i) => {
        i.dueDate = input.dueDate;
        if (input.quoteId) i.quote = em.getReference(Quote, input.quoteId, { wrapped: true });
      },
    );
  }

  private async createIn<T extends Quote | Invoice>(
    em: EntityManager,
    p: Principal,
    input: DocumentInput & { currency: string; rows: RowRequest[] },
    make: () => T,
    kind: 'quote' | 'invoice',
    specific: (doc: T) => void,
  ): Promise<T> {
    const doc = make();
    doc.currency = input.currency;
    doc.responsible = ref(await AccessPolicy.responsibleFor(em, p, input.responsibleId));
    await this.applyParties(em, p, doc, input);
    if (input.notes !== undefined) doc.notes = input.notes;
    specific(doc);
    await this.applyRows(em, doc, input.rows);
    doc.createdAt = new Date();
    doc.number = await nextDocumentNumber(em, kind, doc.createdAt);
    em.persist(doc);
    return doc;
  }

  private async update<T extends Quote | Invoice>(
    p: Principal,
    entity: new () => T,
    what: 'quote' | 'invoice',
    id: string,
    input: DocumentInput,
    ifMatch: string | undefined,
    specific: (doc: T) => void,
  ): Promise<T> {
    let formerDealId: string | null = null;
    const changed = await this.orm.em.fork().transactional(async (em) => {
      const doc = await findRecord<T>(em, entity, id, p, what, {
        forWrite: true,
        populate: ['rows'],
      });
      formerDealId = doc.deal?.id ?? null;
      checkIfMatch(ifMatch, doc.version);
      if (doc.status !== 'draft')
        throw new StateConflictError(`the ${what} is ${doc.status}; only a draft can be changed`);
      if (
        input.currency !== undefined &&
        input.currency !== doc.currency &&
        input.rows === undefined
      ) {
        throw invalidField(
          'currency',
          'changing the currency needs the rows again, priced in the new currency',
        );
      }
      if (input.currency !== undefined) doc.currency = input.currency;
      if (input.responsibleId !== undefined)
        doc.responsible = ref(await AccessPolicy.responsibleFor(em, p, input.responsibleId));
      await this.applyParties(em, p, doc, input);
      if (input.notes !== undefined) doc.notes = input.notes;
      specific(doc);
      if (input.rows !== undefined) await this.applyRows(em, doc, input.rows);
      doc.updatedAt = new Date();
      return doc;
    });
    // A new date, or another deal: the workflows hear of it.
    await this.lifecycle.tell(changed, what, formerDealId);
    return changed;
  }

  private async applyParties(
    em: EntityManager,
    p: Principal,
    doc: SalesDocument,
    input: DocumentInput,
  ) {
    if (input.dealId !== undefined) {
      if (input.dealId === null) doc.deal = null;
      else {
        const deal = await findLinkedRecord(em, Deal, input.dealId, p, 'dealId');
        if (deal.currency !== doc.currency) {
          throw invalidField(
            'dealId',
            `the deal is in ${deal.currency}, the document in ${doc.currency}; mixed currencies are refused`,
          );
        }
        doc.deal = ref(deal);
      }
    }
    if (input.companyId !== undefined) {
      doc.company =
        input.companyId === null
          ? null
          : ref(await findLinkedRecord(em, Company, input.companyId, p, 'companyId'));
    }
    if (input.contactId !== undefined) {
      doc.contact =
        input.contactId === null
          ? null
          : ref(await findLinkedRecord(em, Contact, input.contactId, p, 'contactId'));
    }
  }

  private async applyRows(em: EntityManager, doc: Quote | Invoice, requests: RowRequest[]) {
    const { rows, totals } = await buildRows(em, requests, doc.currency);
    if (doc instanceof Quote) {
      doc.rows.set(
        rows.map((r, i) => Object.assign(fillRow(new QuoteRow(), r, i + 1), { quote: ref(doc) })),
      );
    } else {
      doc.rows.set(
        rows.map((r, i) =>
          Object.assign(fillRow(new InvoiceRow(), r, i + 1), { invoice: ref(doc) }),
        ),
      );
    }
    doc.gross = totals.gross;
    doc.discount = totals.discount;
    doc.net = totals.net;
    doc.tax = totals.tax;
    doc.total = totals.total;
  }
}

/** What only a quote has: its validity and its texts. */
function quoteFields(q: Quote, input: DocumentInput) {
  if (input.validUntil !== undefined) q.validUntil = input.validUntil;
  if (input.intro !== undefined) q.intro = input.intro;
  if (input.terms !== undefined) q.terms = input.terms;
}
