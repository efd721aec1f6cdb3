import { addDuration, type Duration } from '../../values/duration';
import { defineAction, type EffectTarget } from '../kit/action-plugin';

/**
 * `send_quote: { template: quote, valid_for: 14d, quote_template: standard }`: the deal's draft
 * quote, to its contact; with no draft and a quote template named, one made from it for the deal.
 */
export interface SendQuote {
  template: string;
  validFor: Duration;
  /** The code of a quote template (checked at publish). */
  quoteTemplate?: string;
}

/** The command carries until when the quote holds, as an instant. */
export interface SendQuoteCommand {
  template: string;
  validUntil: number;
  quoteTemplate?: string;
}

export type SendQuoteInput = EffectTarget & SendQuoteCommand;

export interface SendQuoteEffectsApi {
  /**
   * The deal's latest draft quote (else one made from the quote template, if named), chosen
   * once, mailed with its PDF; null when there is none.
   */
  sendQuote(
    input: SendQuoteInput,
  ): Promise<{ quoteId: string | null; number?: string; note?: string }>;
}

export const sendQuoteAction = defineAction<
  'send_quote',
  SendQuote,
  SendQuoteCommand,
  SendQuoteEffectsApi
>({
  type: 'send_quote',
  settings: { template: 'required', valid_for: 'required', quote_template: 'optional' },
  onlyFor: {
    kind: 'pipeline',
    why: 'send_quote is for deal pipelines; leads have no quotes or invoices',
  },
  read(a, reader) {
    const template = reader.templateRef(a.template, ['template']);
    const validFor = reader.duration(a.valid_for, ['valid_for']);
    const quoteTemplate =
      a.quote_template === undefined
        ? undefined
        : reader.quoteTemplateRef(a.quote_template, ['quote_template']);
    if (!template || !validFor || (a.quote_template !== undefined && !quoteTemplate))
      return undefined;
    return { template, validFor, ...(quoteTemplate ? { quoteTemplate } : {}) };
  },
  describe: (a) =>
    `send quote (template ${a.template}${a.quoteTemplate ? `, quote template ${a.quoteTemplate}` : ''}), valid for ${a.validFor.text}`,
  command: (a, at) => ({
    template: a.template,
    validUntil: addDuration(at, a.validFor),
    ...(a.quoteTemplate ? { quoteTemplate: a.quoteTemplate } : {}),
  }),
  timeline: (c, at) => ({
    kind: 'quote',
    text: `sent (template ${c.template}${c.quoteTemplate ? `, quote template ${c.quoteTemplate}` : ''}), valid until ${at(c.validUntil)}`,
  }),
  simulate: () => 'quote_sent',
  // A quote that went out is an event the rules hear of (quote_sent); no draft, a note.
  async carryOut(c, run) {
    const sent = await run.effects.sendQuote({
      ...run.target(c.key),
      template: c.template,
      validUntil: c.validUntil,
      // Only when named: the input of rules without one stays as it was (replays unchanged).
      ...(c.quoteTemplate ? { quoteTemplate: c.quoteTemplate } : {}),
    });
    if (!sent.quoteId) run.note(sent.note ?? 'no quote to send');
    return sent.quoteId ? 'quote_sent' : undefined;
  },
});
