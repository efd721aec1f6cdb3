import { join } from 'node:path';
import { checkRuleSet } from '../rules/checker/check-rule-set';
import { readRuleSetSource, SHIPPED_RULES_DIR } from '../rules/files/rule-files';
import { renderEmail } from './render-email';

const b2b = (() => {
  const checked = checkRuleSet(readRuleSetSource(join(SHIPPED_RULES_DIR, 'b2b')));
  if (!checked.ok) throw new Error('the shipped b2b rules do not check');
  return checked.rules;
})();

describe('emails from the templates of the rules', () => {
  const context = {
    deal: { title: 'ACME rollout', amount: '25000.00', currency: 'USD' },
    contact: { name: 'Ann Lee' },
    responsible: { name: 'Boris Petrov' },
    quote: {
      number: 'Q-2026-00042',
      total: '3888.00',
      currency: 'USD',
      valid_until: '2026-12-31',
      link: 'https://crm.example/q/abc',
    },
  };

  it('renders the shipped quote email: subject, HTML and text', () => {
    const email = renderEmail(b2b.templates.quote, context);
    expect(email.subject).toBe('Your quote Q-2026-00042');
    expect(email.html).toContain('<p>Dear Ann Lee,</p>');
    expect(email.html).toContain('$3,888.00');
    expect(email.html).toContain(
      '<a href="https://crm.example/q/abc">https://crm.example/q/abc</a>',
    );
    expect(email.text).toBe(
      [
        'Dear Ann Lee,',
        'Please find attached our quote Q-2026-00042 for ACME rollout: $3,888.00, valid until 2026-12-31.',
        'Accept or decline it here: https://crm.example/q/abc',
        'Boris Petrov',
      ].join('\n'),
    );
  });

  it('escapes what the fields hold in the HTML, and keeps the subject as text', () => {
    const email = renderEmail(b2b.templates.quote, {
      ...context,
      contact: { name: '<script>alert(1)</script> & Co' },
    });
    expect(email.html).toContain('Dear &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co,');
    expect(email.html).not.toContain('<script>');
    expect(email.text).toContain('Dear <script>alert(1)</script> & Co,');
    const subject = renderEmail(
      { subject: 'Re: {{deal.title}}', body: '<p>x</p>' },
      { deal: { title: 'Tom & Jerry <Ltd>' } },
    );
    expect(subject.subject).toBe('Re: Tom & Jerry <Ltd>');
  });

  it('shows a missing field as nothing rather than failing', () => {
    expect(
      renderEmail({ subject: 'Hi {{contact.name}}', body: '<p>{{deal.custom.po}}</p>' }, {})
        .subject,
    ).toBe('Hi');
  });

  it("formats money by the currency's minor units, in the recipient's locale", () => {
    const template = { subject: 'Due: {{money invoice.total invoice.currency}}', body: '<p>x</p>' };
    const invoice = (total: string, currency: string) => ({ invoice: { total, currency } });
    expect(renderEmail(template, invoice('12000.0000', 'USD')).subject).toBe('Due: $12,000.00');
    expect(renderEmail(template, invoice('12000.0000', 'JPY')).subject).toBe('Due: ¥12,000');
    expect(renderEmail(template, invoice('12000.5', 'KWD')).subject).toBe('Due: KWD 12,000.500');
    expect(renderEmail(template, { ...invoice('12000', 'EUR'), locale: 'de-DE' }).subject).toBe(
      'Due: 12.000,00 €',
    );
    expect(renderEmail(template, {}).subject).toBe('Due:');
  });

  it('cannot call helpers that the checker would refuse', () => {
    expect(() =>
      renderEmail({ subject: 'x', body: '{{#each deal}}{{this}}{{/each}}' }, { deal: { a: 1 } }),
    ).toThrow();
    expect(() =>
      renderEmail({ subject: 'x', body: '{{lookup deal "title"}}' }, { deal: { title: 'a' } }),
    ).toThrow();
  });
});
