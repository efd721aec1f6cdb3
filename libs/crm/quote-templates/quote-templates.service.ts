import { Inject, Injectable } from '@nestjs/common';
import {
  type EntityManager,
  type FilterQuery,
  MikroORM,
  UniqueConstraintViolationException,
} from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DuplicateError, type FieldProblem, InvalidFieldsError, NotFoundError } from '../../errors';
import { type EmailContext, renderParagraphs } from '../../mail/render-email';
import { checkTemplateText } from '../../rules/checker/templates';
import { QUOTE_TEMPLATE_FIELDS } from '../../rules/language/fields';
import { checkIfMatch } from '../concurrency/if-match';
import { DealProduct } from '../deal-products/deal-product.entity';
import { Deal } from '../deals/deal.entity';
import { dealSnapshot } from '../deals/deal-snapshot';
import { buildRows, formatStored, type RowRequest } from '../documents/document-rows';
import { DocumentsService } from '../documents/documents.service';
import { type Quote } from '../documents/quote.entity';
import { pageRequest, type PageQueryDto } from '../lists/list-query.dto';
import { type Page, paginate, type Sortable } from '../lists/pagination';
import { containsPattern } from '../lists/text-search';
import { findLinkedRecord } from '../records/records';
import { User } from '../users/user.entity';
import { type Principal } from '../users/role';
import { QuoteTemplate } from './quote-template.entity';

export interface QuoteTemplateInput {
  code?: string;
  name?: string;
  currency?: string;
  rows?: RowRequest[];
  intro?: string | null;
  terms?: string | null;
  validityDays?: number;
}

/** How a quote is made from a template for a deal. */
export interface QuoteFromTemplate {
  /** The template's id (the API) or its code (the rules). */
  template: { id: string } | { code: string };
  dealId: string;
  /** The deal's product rows after the template's (default true). */
  includeDealProducts?: boolean;
  responsibleId?: string;
}

const TEMPLATE_SORTS: Sortable = {
  name: { property: 'name', kind: 'string' },
  code: { property: 'code', kind: 'string' },
  createdAt: { property: 'createdAt', kind: 'date' },
};

export function quoteTemplateView(t: QuoteTemplate) {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    currency: t.currency,
    rows: t.rows,
    intro: t.intro ?? null,
    terms: t.terms ?? null,
    validityDays: t.validityDays,
    archivedAt: t.archivedAt?.toISOString() ?? null,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    version: t.version,
  };
}

/**
 * Quote templates: quotes prepared in advance in a universal form (rows, intro and terms,
 * validity), kept by sales ops and admins. A quote made from one for a deal is personalised: the
 * deal's contact and company, the template's rows then the deal's product rows, the texts
 * rendered for the deal; then it is a draft quote like any other.
 */
@Injectable()
export class QuoteTemplatesService {
  constructor(
    private readonly orm: MikroORM,
    private readonly documents: DocumentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    input: QuoteTemplateInput & { code: string; name: string; currency: string },
  ): Promise<QuoteTemplate> {
    const em = this.orm.em.fork();
    const template = new QuoteTemplate();
    await this.apply(em, template, input);
    em.persist(template);
    await this.flushUnique(em, template.code);
    return template;
  }

  async get(id: string): Promise<QuoteTemplate> {
    const template = await this.orm.em.fork().findOne(QuoteTemplate, { id });
    if (!template) throw new NotFoundError(`no quote template ${id}`);
    return template;
  }

  /** The code stays: the rules name it. */
  async update(id: string, input: QuoteTemplateInput, ifMatch?: string): Promise<QuoteTemplate> {
    const em = this.orm.em.fork();
    const template = await em.findOne(QuoteTemplate, { id });
    if (!template) throw new NotFoundError(`no quote template ${id}`);
    checkIfMatch(ifMatch, template.version);
    await this.apply(em, template, { ...input, code: undefined });
    await em.flush();
    return template;
  }

  /** Archived: left out of the lists; no quote is made from it any more (the rules' included). */
  async archive(id: string, ifMatch?: string): Promise<void> {
    const em = this.orm.em.fork();
    const template = await em.findOne(QuoteTemplate, { id });
    if (!template) throw new NotFoundError(`no quote template ${id}`);
    checkIfMatch(ifMatch, template.version);
    template.archivedAt ??= new Date();
    await em.flush();
  }

  list(
    q: PageQueryDto & { q?: string; currency?: string; archived?: boolean },
  ): Promise<Page<QuoteTemplate>> {
    const where: Record<string, unknown> = { archivedAt: q.archived ? { $ne: null } : null };
    if (q.currency) where.currency = q.currency;
    if (q.q) where.name = { $ilike: containsPattern(q.q) };
    return paginate(
      this.orm.em.fork(),
      QuoteTemplate,
      where as FilterQuery<QuoteTemplate>,
      pageRequest(q, 'name'),
      TEMPLATE_SORTS,
    );
  }

  /** A quote for a deal from a template, in one transaction. */
  async createQuote(p: Principal, input: QuoteFromTemplate): Promise<Quote> {
    const quote = await this.orm.em.fork().transactional((em) => this.createQuoteIn(em, p, input));
    // Its deal's workflow waits for its validity date.
    await this.documents.tellDeadline(quote, 'quote');
    return quote;
  }

  /**
   * Why a quote cannot be made from this template for this deal, before anything is written
   * (the rules' send_quote notes it instead of failing): none when it can.
   */
  async refusal(
    em: EntityManager,
    template: QuoteTemplate | null,
    deal: Deal,
    includeDealProducts = true,
  ): Promise<string | undefined> {
    if (!template || template.archivedAt) return `the quote template does not exist or is archived`;
    if (template.currency !== deal.currency)
      return `the template "${template.code}" is priced in ${template.currency}, the deal in ${deal.currency}; mixed currencies are refused`;
    const dealRows = includeDealProducts ? await em.count(DealProduct, { deal: deal.id }) : 0;
    if (template.rows.length === 0 && dealRows === 0)
      return `the template "${template.code}" has no rows and the deal no products: there is nothing to quote`;
    return undefined;
  }

  /** The template as the rules name it (by code), archived ones included. */
  byCode(em: EntityManager, code: string): Promise<QuoteTemplate | null> {
    return em.findOne(QuoteTemplate, { code });
  }

  /** A quote for a deal from a template, in the caller's transaction (the rules' effect's). */
  async createQuoteIn(em: EntityManager, p: Principal, input: QuoteFromTemplate): Promise<Quote> {
    const template = await em.findOne(QuoteTemplate, input.template);
    const field = 'id' in input.template ? 'templateId' : 'quote_template';
    const deal = await findLinkedRecord(em, Deal, input.dealId, p, 'dealId');
    await em.populate(deal, ['contact', 'company']);
    const include = input.includeDealProducts ?? true;
    const refused = await this.refusal(em, template, deal, include);
    if (refused || !template) throw new InvalidFieldsError([{ field, problem: refused ?? '' }]);
    const dealRows = include
      ? await em.find(
          DealProduct,
          { deal: deal.id },
          { orderBy: { position: 'asc' }, populate: ['product'] },
        )
      : [];
    const validUntil = new Date(Date.now() + template.validityDays * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const quote = await this.documents.createQuoteIn(em, p, {
      currency: deal.currency,
      dealId: deal.id,
      responsibleId: input.responsibleId ?? deal.responsible.id,
      validUntil,
      templateId: template.id,
      rows: [...template.rows, ...dealRows.map(rowRequestOf)],
    });
    // The buyer is the deal's, which the caller may read: not a record they pick (a contact or
    // company someone else is responsible for is still this deal's customer).
    quote.contact = deal.contact ?? null;
    quote.company = deal.company ?? null;
    const context = await this.context(em, deal, quote);
    const render = (text: string | null | undefined) =>
      text ? renderParagraphs(text, context) : null;
    quote.intro = render(template.intro);
    quote.terms = render(template.terms);
    return quote;
  }

  /** What the texts see: the deal, its contact and company, the responsible, the quote. */
  private async context(em: EntityManager, deal: Deal, quote: Quote): Promise<EmailContext> {
    const responsible = await em.findOneOrFail(User, quote.responsible.id);
    return {
      locale: this.config.defaultLocale,
      ...dealSnapshot(deal),
      responsible: { name: responsible.name, email: responsible.email },
      company_name: deal.company?.getEntity().name ?? '',
      quote: {
        number: quote.number,
        total: formatStored(quote.total, quote.currency),
        currency: quote.currency,
        valid_until: quote.validUntil ?? '',
      },
    };
  }

  private async apply(em: EntityManager, t: QuoteTemplate, input: QuoteTemplateInput) {
    if (input.code !== undefined) t.code = input.code;
    if (input.name !== undefined) t.name = input.name;
    if (input.currency !== undefined) t.currency = input.currency;
    if (input.rows !== undefined) t.rows = input.rows;
    if (input.intro !== undefined) t.intro = input.intro;
    if (input.terms !== undefined) t.terms = input.terms;
    if (input.validityDays !== undefined) t.validityDays = input.validityDays;
    const problems: FieldProblem[] = [];
    for (const field of ['intro', 'terms'] as const) {
      const text = t[field];
      if (text)
        for (const problem of checkTemplateText(text, QUOTE_TEMPLATE_FIELDS))
          problems.push({
            field,
            problem: `line ${problem.line}, column ${problem.column}: ${problem.message}`,
          });
    }
    if (problems.length > 0) throw new InvalidFieldsError(problems);
    // The rows as a quote would take them: known products, one currency.
    if (input.rows !== undefined || input.currency !== undefined)
      await buildRows(em, t.rows, t.currency);
    t.rows = t.rows.map(compactRow);
  }

  private async flushUnique(em: EntityManager, code: string) {
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new DuplicateError('code', `a quote template with the code "${code}" exists`);
      throw error;
    }
  }
}

/** A row request without its unset members (as stored and answered). */
function compactRow(r: RowRequest): RowRequest {
  return Object.fromEntries(
    Object.entries(r).filter(([, v]) => v !== undefined && v !== null),
  ) as unknown as RowRequest;
}

/** A deal's product row as a quote row: as it is on the deal (an archived product unlinked). */
function rowRequestOf(r: DealProduct): RowRequest {
  const product = r.product?.getEntity();
  return {
    ...(product && !product.archivedAt ? { productId: product.id } : {}),
    name: r.name,
    unit: r.unit,
    quantity: r.quantity,
    unitPrice: r.unitPrice,
    discountPercent: r.discountPercent,
    taxRate: r.taxRate,
    taxIncluded: r.taxIncluded,
  };
}
