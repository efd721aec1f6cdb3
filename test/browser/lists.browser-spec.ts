import { type Page } from 'playwright-core';
import { checkScreen, downloadCsv } from './support/browser';
import { type Person } from './support/people';
import { deliverPayment } from '../support/payment-webhook';
import { browserSuite } from './support/browser-suite';

/** The lists of leads, contacts, companies, quotes and invoices, and payments, in a real browser. */
describe('the web app: lists', () => {
  const suite = browserSuite();
  let sam: Person;
  let page: Page;
  let invoiceNumber: string;

  beforeAll(async () => {
    sam = await suite.invite('salesops', { name: 'Sam Ops' });
    const mia = await suite.system.user('manager', { name: 'Mia Lists' });
    for (let i = 1; i <= 30; i += 1)
      await suite.system.call('POST', '/api/v1/companies', {
        name: `Company ${String(i).padStart(2, '0')}`,
        country: 'DE',
        responsibleId: mia.id,
      });
    await suite.system.call('POST', '/api/v1/contacts', {
      firstName: 'Anna',
      lastName: 'Petrova',
      email: 'anna@globex.example',
      responsibleId: mia.id,
    });
    await suite.system.call('POST', '/api/v1/contacts', {
      firstName: 'Boris',
      responsibleId: mia.id,
    });
    await suite.system.call('POST', '/api/v1/leads', {
      title: 'Website enquiry',
      name: 'Olga',
      source: 'web',
      responsibleId: mia.id,
    });
    await suite.system.call('POST', '/api/v1/leads', {
      title: 'Fair contact',
      responsibleId: mia.id,
    });
    const deal = await suite.system.call('POST', '/api/v1/deals', {
      title: 'Globex licences',
      pipelineId: 'b2b',
      amount: '1000.00',
      responsibleId: mia.id,
    });
    await suite.system.call('POST', '/api/v1/quotes', {
      currency: 'USD',
      dealId: deal.body.id,
      responsibleId: mia.id,
      rows: [{ name: 'Licence', quantity: '2', unitPrice: '500.00' }],
    });
    const invoice = await suite.system.call('POST', '/api/v1/invoices', {
      currency: 'USD',
      dealId: deal.body.id,
      responsibleId: mia.id,
      dueDate: '2027-01-31',
      rows: [{ name: 'Licence', quantity: '2', unitPrice: '500.00' }],
    });
    invoiceNumber = invoice.body.number;
    const integration = await suite.system.user('integration', { name: 'Payments bot' });
    const issued = await suite.system.call('POST', `/api/v1/users/${integration.id}/api-keys`, {
      name: 'webhook',
    });
    const bot = { key: issued.body.key, signingSecret: issued.body.signingSecret };
    const paidAt = new Date().toISOString();
    // One payment matches the invoice (201), one matches none (202: left for an admin).
    const paid = (externalId: string, number: string, amount: string) =>
      deliverPayment(suite.system.baseUrl, bot, {
        externalId,
        invoiceNumber: number,
        amount,
        currency: 'USD',
        paidAt,
      });
    expect((await paid('pay-1', invoiceNumber, '400.00')).status).toBe(201);
    expect((await paid('pay-2', 'NO-SUCH-1', '99.00')).status).toBe(202);
    page = await suite.newPage(sam);
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

  it('downloads every company the filters match as CSV, not only the page shown', async () => {
    const download = async () => {
      const file = await downloadCsv(page, 'Download CSV');
      expect(file.filename).toMatch(/^companies-\d{4}-\d{2}-\d{2}\.csv$/);
      return file.rows.map((r) => r.name).sort();
    };
    await page.getByRole('link', { name: 'Companies' }).click();
    await page.getByRole('textbox', { name: 'Search' }).fill('');
    await page.waitForURL((url) => !url.searchParams.has('q'));
    await page.reload(); // only the first page shown, as on arriving
    await page.getByRole('status').filter({ hasText: '25 of 30' }).waitFor();
    const all = await download();
    expect(all).toHaveLength(30);
    expect(all[29]).toBe('Company 30');
    await page.getByRole('textbox', { name: 'Search' }).fill('Company 1');
    await page.getByRole('status').filter({ hasText: '10 of 10' }).waitFor();
    expect(await download()).toEqual(
      Array.from({ length: 10 }, (_, i) => `Company ${String(10 + i)}`),
    );
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
    // Matching is an admin's: sales ops are not pointed to it.
    expect(await page.getByText('matched no invoice').count()).toBe(0);
  });

  it('points an admin from the payments to the unmatched ones, to match them', async () => {
    const ada = await suite.invite('admin', { name: 'Ada Payments' });
    const adminPage = await suite.newPage(ada);
    await adminPage.getByRole('link', { name: 'Payments' }).click();
    await adminPage.getByText('1 payment matched no invoice.').waitFor();
    await checkScreen(adminPage, 'payments-admin');
    await adminPage.getByRole('link', { name: 'Match them to invoices' }).click();
    await adminPage.waitForURL(/\/admin\?tab=payments$/);
    await adminPage.getByRole('tab', { name: 'Unmatched payments', selected: true }).waitFor();
    await adminPage.getByRole('tabpanel').getByText('NO-SUCH-1').waitFor();
    await adminPage.context().close();
  });
});
