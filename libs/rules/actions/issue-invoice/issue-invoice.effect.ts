import { type IssueInvoiceEffectsApi, type IssueInvoiceInput } from './issue-invoice.action';

/** What the effect needs from the worker: the documents' effects, which own invoices and mail. */
export interface IssueInvoicePorts {
  documents: {
    /** Issues the invoice once per key (the accepted quote's rows, else the deal's amount). */
    issueInvoice(
      input: IssueInvoiceInput,
    ): Promise<{ invoiceId: string; number: string; paid: boolean }>;
  };
}

/** The effect of issue_invoice: the deal's invoice, issued once, mailed when asked. */
export function issueInvoiceEffects({ documents }: IssueInvoicePorts): IssueInvoiceEffectsApi {
  return { issueInvoice: (input) => documents.issueInvoice(input) };
}
