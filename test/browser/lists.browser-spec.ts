import { type Browser, type Page } from 'playwright-core';
import { signWebhook } from '../../libs/crm/payments/webhook-signature';
import { startTestMailbox, type TestMailbox } from '../support/smtp';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { checkScreen, launchBrowser, newContext } from './support/browser';
import { invitePerson, type Person, signInAs } from './support/people';

/** The lists of leads, contacts, companies, quotes and invoices, and payments, in a real browser. */
describe('the web app: lists', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;
  let browser: Browser;
  let sam: Person;
  let page: Page;
  let invoiceNumber: string;

  /** A payment delivered by the payment provider's webhook (signed, as an integration). */
  async function deliverPayment(bot: { key: string; secret: string }, body: object) {
    const raw = JSON.stringify(body);
    const timestamp = Math.floor(Date.now() / 1000);
    const answer = await fetch(`${system.baseUrl}/api/v1/integrations/payments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${bot.key}`,
        'x-voronka-timestamp': String(timestamp),
        'x-voronka-signature': signWebhook(bot.secret, timestamp, raw),
      },
      body: raw,
    });
    if (answer.status >= 300) throw new Error(`payment: ${answer.status} ${await answer.text()}`);
  }

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    [system, browser] = await Promise.all([
      startTestSystem({ env: { SMTP_URL: mailbox.url } }),
      launchBrowser(),
    ]);
    sam = await invitePerson(system, mailbox, 'salesops', { name: 'Sam Ops' });
    const mia = await system.user('manager', { name: 'Mia Lists' });
    for (let i = 1; i <= 30; i += 1)
      await system.call('POST', '/api/v1/companies', {
        name: `Company ${String(i).padStart(2, '0')}`,
        country: 'DE',
        responsibleId: mia.id,
      });
    await system.call('POST', '/api/v1/contacts', {
      firstName: 'Anna',
      lastName: 'Petrova',
      email: 'anna@globex.example',
      responsibleId: mia.id,
    });
    await system.call('POST', '/api/v1/contacts', { firstName: 'Boris', responsibleId: mia.id });
    await system.call('POST', '/api/v1/leads', {
      title: 'Website enquiry',
      name: 'Olga',
      source: 'web',
      responsibleId: mia.id,
    });
    await system.call('POST', '/api/v1/leads', { title: 'Fair contact', responsibleId: mia.id });
    const deal = await system.call('POST', '/api/v1/deals', {
      title: 'Globex licences',
      pipelineId: 'b2b',
      amount: '1000.00',
      responsibleId: mia.id,
    });
    await system.call('POST', '/api/v1/quotes', {
      currency: 'USD',
      dealId: deal.body.id,
      responsibleId: mia.id,
      rows: [{ name: 'Licence', quantity: '2', unitPrice: '500.00' }],
    });
    const invoice = await system.call('POST', '/api/v1/invoices', {
      currency: 'USD',
      dealId: deal.body.id,
      responsibleId: mia.id,
      dueDate: '2027-01-31',
      rows: [{ name: 'Licence', quantity: '2', unitPrice: '500.00' }],
    });
    invoiceNumber = invoice.body.number;
    const integration = await system.user('integration', { name: 'Payments bot' });
    const issued = await system.call('POST', `/api/v1/users/${integration.id}/api-keys`, {
      name: 'webhook',
    });
    const bot = { key: issued.body.key, secret: issued.body.signingSecret };
    const paidAt = new Date().toISOString();
    await deliverPayment(bot, {
      externalId: 'pay-1',
      invoiceNumber,
      amount: '400.00',
      currency: 'USD',
      paidAt,
    });
    await deliverPayment(bot, {
      externalId: 'pay-2',
      invoiceNumber: 'NO-SUCH-1',
      amount: '99.00',
      currency: 'USD',
      paidAt,
    });
    const context = await newContext(browser, system.baseUrl);
    page = await context.newPage();
    await signInAs(page, sam);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
    await mailbox?.close();
  });

  it('pages through the companies and searches them', async () => {
    await page.getByRole('link', { name: 'Companies' }).click();
    const table = page.getByRole('table', { name: 'Companies' });
    await table.getByRole('cell', { name: 'Company 01', exact: true }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(25);
    await page.getByRole('status').filter({ hasText: '25 of 30' }).waitFor();
    await checkScreen(page, 'companies');
    await page.getByRole('button', { name: 'Show more' }).click();
    await page.getByRole('status').filter({ hasText: '30 of 30' }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(30);
    await page.getByRole('textbox', { name: 'Search' }).fill('Company 07');
    await page.getByRole('status').filter({ hasText: '1 of 1' }).waitFor();
    await page.waitForURL(/q=Company/);
  });

  it('lists contacts, and leads by outcome', async () => {
    await page.getByRole('link', { name: 'Contacts' }).click();
    const contacts = page.getByRole('table', { name: 'Contacts' });
    await contacts.getByRole('cell', { name: 'Anna Petrova' }).waitFor();
    await contacts.getByRole('cell', { name: 'anna@globex.example' }).waitFor();
    await checkScreen(page, 'contacts');

    await page.getByRole('link', { name: 'Leads' }).click();
    const leads = page.getByRole('table', { name: 'Leads' });
    await leads.getByRole('cell', { name: 'Website enquiry' }).waitFor();
    expect(await leads.locator('tbody tr').count()).toBe(2);
    await page.getByRole('combobox', { name: 'Outcome' }).click();
    await page.getByRole('option', { name: 'junk' }).click();
    await page.getByText('Nothing matches.').waitFor();
    await page.waitForURL(/outcome=junk/);
    await checkScreen(page, 'leads');
  });

  it('lists quotes and invoices with their deal and PDF', async () => {
    await page.getByRole('link', { name: 'Quotes and invoices' }).click();
    const quotes = page.getByRole('table', { name: 'Quotes' });
    await quotes.getByRole('cell', { name: '$1,000.00' }).waitFor();
    await page.getByText('Invoices', { exact: true }).click();
    const invoices = page.getByRole('table', { name: 'Invoices' });
    const row = invoices.getByRole('row', { name: new RegExp(invoiceNumber) });
    await row.getByRole('cell', { name: '$400.00' }).waitFor();
    await row.getByRole('link', { name: `PDF of ${invoiceNumber}` }).waitFor();
    await checkScreen(page, 'invoices');
    await row.getByRole('link', { name: `The deal of ${invoiceNumber}` }).click();
    await page.getByRole('heading', { name: 'Globex licences', level: 1 }).waitFor();
  });

  it('lists payments, the unmatched ones to review', async () => {
    await page.getByRole('link', { name: 'Payments' }).click();
    const table = page.getByRole('table', { name: 'Payments' });
    await table.getByRole('cell', { name: 'pay-1' }).waitFor();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'unmatched' }).click();
    await page.getByRole('status').filter({ hasText: '1 of 1' }).waitFor();
    await table.getByRole('cell', { name: 'NO-SUCH-1' }).waitFor();
    await checkScreen(page, 'payments');
  });
});
