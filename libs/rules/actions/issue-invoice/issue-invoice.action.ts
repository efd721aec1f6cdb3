import { addDuration, type Duration } from '../../values/duration';
import { defineAction, type EffectTarget } from '../kit/action-plugin';

/** `issue_invoice: { due: 14d, send: true, template: invoice }`: the deal's invoice. */
export interface IssueInvoice {
  due: Duration;
  send: boolean;
  template?: string;
}

/** The command carries the due time as an instant. */
export interface IssueInvoiceCommand {
  dueAt: number;
  send: boolean;
  template?: string;
}

export type IssueInvoiceInput = EffectTarget & IssueInvoiceCommand;

export interface IssueInvoiceEffectsApi {
  /** The deal's invoice, issued once per key, mailed when asked; whether it is paid already. */
  issueInvoice(
    input: IssueInvoiceInput,
  ): Promise<{ invoiceId: string; number: string; paid: boolean }>;
}

export const issueInvoiceAction = defineAction<
  'issue_invoice',
  IssueInvoice,
  IssueInvoiceCommand,
  IssueInvoiceEffectsApi
>({
  type: 'issue_invoice',
  settings: { due: 'required', send: 'optional', template: 'optional' },
  onlyFor: {
    kind: 'pipeline',
    why: 'issue_invoice is for deal pipelines; leads have no quotes or invoices',
  },
  read(a, reader) {
    const due = reader.duration(a.due, ['due']);
    if (a.send !== undefined && typeof a.send !== 'boolean')
      reader.error(['send'], 'send is true or false');
    const template =
      a.template === undefined ? undefined : reader.templateRef(a.template, ['template']);
    if (a.send === true && a.template === undefined)
      reader.error([], 'an invoice that is sent needs the email "template"');
    return due ? { due, send: a.send === true, ...(template ? { template } : {}) } : undefined;
  },
  describe: (a) =>
    `issue invoice due in ${a.due.text}${a.send ? `, send it (template ${a.template})` : ''}`,
  command: (a, at) => ({
    dueAt: addDuration(at, a.due),
    send: a.send,
    ...(a.template ? { template: a.template } : {}),
  }),
  timeline: (c, at) => ({
    kind: 'invoice',
    text: `issued, due ${at(c.dueAt)}${c.send ? `, sent (template ${c.template})` : ''}`,
  }),
  // The simulator issues it for the deal's amount: payments that cover it report invoice_paid.
  simulate(_c, world) {
    world.invoiceIssued(String(world.record.deal?.amount ?? '0'));
    return undefined;
  },
  // An invoice paid already (the deal's payments cover it) is an event the rules hear of.
  async carryOut(c, run) {
    const issued = await run.effects.issueInvoice({
      ...run.target(c.key),
      dueAt: c.dueAt,
      send: c.send,
      ...(c.template ? { template: c.template } : {}),
    });
    return issued.paid ? 'invoice_paid' : undefined;
  },
});
