import { type SendQuoteEffectsApi, type SendQuoteInput } from './send-quote.action';

/** What the effect needs from the worker: the documents' effects, which own quotes and their mail. */
export interface SendQuotePorts {
  documents: {
    /** Chooses the draft once per key, mails it with its PDF and the answer link, marks it sent. */
    sendQuote(
      input: SendQuoteInput,
    ): Promise<{ quoteId: string | null; number?: string; note?: string }>;
  };
}

/** The effect of send_quote: the deal's draft quote, to its contact, once per key. */
export function sendQuoteEffects({ documents }: SendQuotePorts): SendQuoteEffectsApi {
  return { sendQuote: (input) => documents.sendQuote(input) };
}
