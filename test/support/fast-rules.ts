/** Rule sets with short durations for the workflow tests, published through the API. */

const template = (subject: string, body: string) => `---\nsubject: '${subject}'\n---\n${body}\n`;

export const FAST_LEAD_RULES = {
  'rules.yaml': `kind: lead
id: fast-leads
name: Fast leads
version: 1
stages:
  - id: new
    on_enter:
      - create_activity: { type: call, subject: 'Call {{lead.name}}', due: 1h }
      - send_email: { template: thanks, to: contact }
    transitions:
      - to: qualified
        on: { activity_completed: { type: call, outcome: qualified } }
      - to: junk
        on: { field_changed: { field: lead.source, to: spam } }
      - to: junk
        after: 7d
  - id: qualified
    on_enter:
      - convert: { pipeline: fast }
    transitions:
      - { to: converted, on: lead_converted }
  - { id: converted, kind: converted }
  - { id: junk, kind: junk }
`,
  'templates/thanks.hbs': template(
    'Thanks for asking, {{lead.name}}',
    '<p>Dear {{lead.name}}, {{responsible.name}} will call you soon.</p>',
  ),
};

export const fastPipelineRules = (version = 1, negotiationExtra = '') => ({
  'rules.yaml': `kind: pipeline
id: fast
name: Fast
version: ${version}
currency: USD
won_requires_payment: true
stages:
  - id: new
    on_enter:
      - create_activity: { type: call, subject: 'Qualify {{deal.title}}', due: 1h }
    transitions:
      - to: quote
        on: { activity_completed: { type: call, outcome: interested } }
      - to: lost
        on: { field_changed: { field: deal.source, to: spam } }
      - to: lost
        after: 14d
  - id: quote
    on_enter:
      - send_quote: { template: quote, valid_for: 14d }
    transitions:
      - { to: negotiation, on: quote_sent }
  - id: negotiation
    transitions:
      - { to: invoice, on: quote_accepted }
      - { to: lost, on: quote_declined }${negotiationExtra}
  - id: invoice
    on_enter:
      - issue_invoice: { due: 7d, send: true, template: invoice }
    transitions:
      - { to: won, on: invoice_paid }
  - id: won
    kind: won
    on_enter:
      - send_email: { template: thank-you, to: contact }
  - { id: lost, kind: lost }
`,
  'templates/quote.hbs': template(
    'Your quote {{quote.number}}',
    '<p>Dear {{contact.name}}, our quote {{quote.number}} for {{deal.title}}: {{quote.total}} {{quote.currency}}.</p>' +
      '<p>Answer it here: <a href="{{quote.link}}">{{quote.link}}</a></p>',
  ),
  'templates/invoice.hbs': template(
    'Invoice {{invoice.number}}',
    '<p>Dear {{contact.name}}, please pay {{invoice.amount_due}} {{invoice.currency}} by {{invoice.due_date}}.</p>',
  ),
  'templates/thank-you.hbs': template(
    'Thank you, {{contact.name}}',
    '<p>We have received your payment for {{deal.title}}.</p>',
  ),
});
