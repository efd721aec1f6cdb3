import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DealDocumentsService } from '../../crm/documents/deal-documents.service';
import { DocumentLifecycleService } from '../../crm/documents/document-lifecycle.service';
import { DocumentsService } from '../../crm/documents/documents.service';
import { Deal } from '../../crm/deals/deal.entity';
import { QuoteTemplatesService } from '../../crm/quote-templates/quote-templates.service';
import { type DocumentDeadline } from '../contract/automation.contract';
import { StateConflictError } from '../../errors';
import { quoteAnswerLink } from '../../links/quote-answer-link';
import { type DocumentEffectsApi, type EffectInput } from '../contract/effects.contract';
import { type IssueInvoiceEffectsApi } from '../../rules/actions/issue-invoice/issue-invoice.action';
import { type SendQuoteEffectsApi } from '../../rules/actions/send-quote/send-quote.action';
import { EffectLedger } from './effect-ledger';
import { actingFor } from './records-by-kind';
import { RuleMailer } from './rule-mailer';

/**
 * Quotes and invoices of the rules: chosen or issued once, mailed with their PDF once (what the
 * send_quote and issue_invoice actions' effects call: libs/rules/actions, bound by the worker);
 * and the `documents` group of the contract: the deal's deadlines, an invoice overdue, a quote
 * expired.
 */
@Injectable()
export class DocumentEffects
  implements SendQuoteEffectsApi, IssueInvoiceEffectsApi, DocumentEffectsApi
{
  constructor(
    private readonly orm: MikroORM,
    private readonly ledger: EffectLedger,
    private readonly documents: DocumentsService,
    private readonly dealDocuments: DealDocumentsService,
    private readonly quoteTemplates: QuoteTemplatesService,
    private readonly mailer: RuleMailer,
    private readonly lifecycle: DocumentLifecycleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Reads only: no ledger. */
  documentDeadlines(input: EffectInput<'documentDeadlines'>): Promise<DocumentDeadline[]> {
    return this.lifecycle.deadlinesOf(this.orm.em.fork(), input.dealId);
  }

  /** Once per key: a retry answers what the first run found. */
  lapseDocument(
    input: EffectInput<'lapseDocument'>,
  ): Promise<{ lapsed: boolean; number: string | null; why?: string }> {
    return this.ledger.once(input, (em) =>
      this.lifecycle.lapse(em, {
        document: input.document,
        documentId: input.documentId,
        dealId: input.recordId,
        at: input.at,
      }),
    );
  }

  /**
   * The deal's latest draft quote (else, when the rules name a quote template, one made from it
   * for the deal), mailed to its contact with the PDF and the answer link.
   */
  async sendQuote(
    input: EffectInput<'sendQuote'>,
  ): Promise<{ quoteId: string | null; number?: string; note?: string }> {
    const acting = await actingFor(this.orm.em.fork(), input.kind, input.recordId);
    const chosen = await this.ledger.once(input, async (em) => {
      const quote = await this.dealDocuments.quoteToSend(
        em,
        input.recordId,
        new Date(input.validUntil),
      );
      if (quote) return { quoteId: quote.id, number: quote.number };
      if (!input.quoteTemplate)
        return { quoteId: null, note: 'the deal has no draft quote to send' };
      // Checked before anything is written: a refusal is a note, and no number is taken.
      const template = await this.quoteTemplates.byCode(em, input.quoteTemplate);
      const deal = await em.findOneOrFail(Deal, input.recordId);
      const refused = await this.quoteTemplates.refusal(em, template, deal);
      if (refused || !template)
        return {
          quoteId: null,
          note: `no draft quote, and none made from "${input.quoteTemplate}": ${refused ?? ''}`,
        };
      const made = await this.quoteTemplates.createQuoteIn(em, acting, {
        template: { id: template.id },
        dealId: input.recordId,
      });
      return { quoteId: made.id, number: made.number };
    });
    if (!chosen.quoteId) return chosen;
    const { pdf } = await this.documents.pdf(
      acting,
      'quote',
      chosen.quoteId,
      this.config.seller,
      this.config.defaultLocale,
    );
    const quote = await this.dealDocuments.quote(chosen.quoteId);
    const mailed = await this.mailer.send(input, input.template, 'contact', {
      context: {
        quote: {
          ...this.dealDocuments.quoteFields(quote),
          link: quoteAnswerLink(this.config, quote.id, quote.validUntil ?? null),
        },
      },
      attachments: [
        { filename: `${quote.number}.pdf`, content: pdf, contentType: 'application/pdf' },
      ],
    });
    if (!mailed.sentTo)
      throw new StateConflictError(`quote ${quote.number} not sent: ${mailed.note}`);
    await this.dealDocuments.markSent(quote);
    // The deal's workflow waits for its validity date (told on every run: the tell is idempotent).
    await this.lifecycle.tell(quote, 'quote');
    return chosen;
  }

  /** The deal's invoice (the accepted quote's rows, else the deal's amount), mailed if asked. */
  async issueInvoice(
    input: EffectInput<'issueInvoice'>,
  ): Promise<{ invoiceId: string; number: string; paid: boolean }> {
    const acting = await actingFor(this.orm.em.fork(), input.kind, input.recordId);
    const issued = await this.ledger.once(input, async (em) => {
      const invoice = await this.dealDocuments.issueInvoice(
        em,
        acting,
        input.recordId,
        new Date(input.dueAt),
      );
      return { invoiceId: invoice.id, number: invoice.number };
    });
    const invoice = await this.dealDocuments.invoice(issued.invoiceId);
    if (input.send && input.template) {
      const { pdf } = await this.documents.pdf(
        acting,
        'invoice',
        invoice.id,
        this.config.seller,
        this.config.defaultLocale,
      );
      const mailed = await this.mailer.send(input, input.template, 'contact', {
        context: { invoice: this.dealDocuments.invoiceFields(invoice) },
        attachments: [
          { filename: `${invoice.number}.pdf`, content: pdf, contentType: 'application/pdf' },
        ],
      });
      if (mailed.sentTo) await this.dealDocuments.markSent(invoice);
    }
    // The deal's workflow waits for its due date (told on every run: the tell is idempotent).
    await this.lifecycle.tell(invoice, 'invoice');
    return { ...issued, paid: invoice.status === 'paid' };
  }
}
