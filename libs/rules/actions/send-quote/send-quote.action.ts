import { addDuration, type Duration } from '../../values/duration';
import { defineAction, type EffectTarget } from '../kit/action-plugin';

/** `send_quote: { template: quote, valid_for: 14d }`: the deal's draft quote, to its contact. */
export interface SendQuote {
  template: string;
  validFor: Duration;
}

/** The command carries until when the quote holds, as an instant. */
export interface SendQuoteCommand {
  template: string;
  validUntil: number;
}

export type SendQuoteInput = EffectTarget & SendQuoteCommand;

export interface SendQuoteEffectsApi {
  /** The deal's latest draft quote, chosen once, mailed with its PDF; null when there is none. */
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
  settings: { template: 'required', valid_for: 'required' },
  onlyFor: {
    kind: 'pipeline',
    why: 'send_quote is for deal pipelines; leads have no quotes or invoices',
  },
  read(a, reader) {
    const template = reader.templateRef(a.template, ['template']);
    const validFor = reader.duration(a.valid_for, ['valid_for']);
    return template && validFor ? { template, validFor } : undefined;
  },
  describe: (a) => `send quote (template ${a.template}), valid for ${a.validFor.text}`,
  command: (a, at) => ({ template: a.template, validUntil: addDuration(at, a.validFor) }),
  timeline: (c, at) => ({
    kind: 'quote',
    text: `sent (template ${c.template}), valid until ${at(c.validUntil)}`,
  }),
  simulate: () => 'quote_sent',
  // A quote that went out is an event the rules hear of (quote_sent); no draft, a note.
  async carryOut(c, run) {
    const sent = await run.effects.sendQuote({
      ...run.target(c.key),
      template: c.template,
      validUntil: c.validUntil,
    });
    if (!sent.quoteId) run.note(sent.note ?? 'no quote to send');
    return sent.quoteId ? 'quote_sent' : undefined;
  },
});
