import { type Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { checkScreen } from './support/browser';
import { type Person, signInAs } from './support/people';
import { deliverPayment } from '../support/payment-webhook';
import { browserSuite } from './support/browser-suite';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Invoices after they are written, in a real browser: the deal page shows an overdue invoice as
 * such, a head cancels one with a reason; an admin matches an unmatched payment to its invoice.
 */
describe('the web app: overdue and cancelled invoices, unmatched payments', () => {
  const suite = browserSuite();
  let hana: Person;
  let ada: Person;
  let page: Page;
  let dealId: string;
  let overdue: { id: string; number: string };
  let open: { id: string; number: string };

  beforeAll(async () => {
    const team = (await suite.system.call('POST', '/api/v1/teams', { name: 'Billing team' })).body
      .id;
    hana = await suite.invite('head', { name: 'Hana Head', teamId: team });
    ada = await suite.invite('admin', { name: 'Ada Admin' });
    const deal = await suite.system.call('POST', '/api/v1/deals', {
      title: 'Initech rollout',
      pipelineId: 'b2b',
      amount: '500.00',
      responsibleId: hana.id,
    });
    dealId = deal.body.id;
    await eventually('the deal’s workflow', async () => {
      const view = (await suite.system.call('GET', `/api/v1/deals/${dealId}/automation`)).body;
      return view.stage ? view : undefined;
    });
    const invoice = async (dueDate: string) =>
      (
        await suite.system.call('POST', '/api/v1/invoices', {
          currency: 'USD',
          dealId,
          dueDate,
          responsibleId: hana.id,
          rows: [{ name: 'Rollout', quantity: '1', unitPrice: '250.00' }],
        })
      ).body;
    overdue = await invoice(day(-2));
    open = await invoice(day(10));
    await eventually('the invoice overdue', async () =>
      (await suite.system.call('GET', `/api/v1/invoices/${overdue.id}`)).body.status === 'overdue'
        ? true
        : undefined,
    );
    page = await suite.newPage();
  });

  it('shows the overdue invoice, and lets a head cancel another with a reason', async () => {
    await signInAs(page, hana);
    await page.goto(`/deals/${dealId}`);
    const invoices = page.getByRole('table', { name: 'Invoices' });
    const overdueRow = invoices.getByRole('row').filter({ hasText: overdue.number });
    await overdueRow.getByText('overdue', { exact: true }).waitFor();
    await overdueRow.getByText(/^overdue since /).waitFor();

    await invoices.getByRole('button', { name: `Cancel ${open.number}` }).click();
    const dialog = page.getByRole('dialog', { name: `Cancel invoice ${open.number}` });
    await dialog.getByLabel('Why is it cancelled?').fill('The customer ordered through a partner');
    await dialog.getByRole('button', { name: 'Cancel the invoice' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const openRow = invoices.getByRole('row').filter({ hasText: open.number });
    await openRow.getByText('Cancelled: The customer ordered through a partner').waitFor();
    expect((await suite.system.call('GET', `/api/v1/invoices/${open.id}`)).body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'The customer ordered through a partner',
      cancelledById: hana.id,
    });
    await checkScreen(page, 'deal-invoices-lifecycle');
  });

  it('lets an admin match an unmatched payment to its invoice by number', async () => {
    const bot = await suite.system.call('POST', '/api/v1/users', {
      name: 'Bank',
      email: 'bank@browser.test',
      role: 'integration',
    });
    const key = (
      await suite.system.call('POST', `/api/v1/users/${bot.body.id}/api-keys`, { name: 'b' })
    ).body;
    const delivered = await deliverPayment(suite.system.baseUrl, key, {
      externalId: 'bank-777',
      invoiceNumber: 'INV-TYPO',
      amount: '250.00',
      currency: 'USD',
      paidAt: new Date().toISOString(),
    });
    expect(delivered.status).toBe(202);

    const admin = await suite.newPage(ada);
    await admin.goto('/admin');
    await admin.getByRole('tab', { name: 'Unmatched payments' }).click();
    const table = admin.getByRole('table', { name: 'Unmatched payments' });
    await table.getByRole('cell', { name: 'INV-TYPO' }).waitFor();
    await table.getByLabel('Invoice number to match bank-777 to').fill(overdue.number);
    await table.getByRole('button', { name: 'Match' }).click();
    await admin.getByText('Every payment received matched an invoice.').waitFor();
    expect((await suite.system.call('GET', `/api/v1/invoices/${overdue.id}`)).body).toMatchObject({
      status: 'paid',
      amountPaid: '250.00',
    });
    await checkScreen(admin, 'admin-unmatched-payments');
  });
});
