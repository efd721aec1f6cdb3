import { type Browser, type Page } from 'playwright-core';
import { signWebhook } from '../../libs/crm/payments/webhook-signature';
import { eventually } from '../support/eventually';
import { startTestMailbox, type TestMailbox } from '../support/smtp';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { checkScreen, launchBrowser, newContext } from './support/browser';
import { invitePerson, type Person, signInAs } from './support/people';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Invoices after they are written, in a real browser: the deal page shows an overdue invoice as
 * such, a head cancels one with a reason; an admin matches an unmatched payment to its invoice.
 */
describe('the web app: overdue and cancelled invoices, unmatched payments', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;
  let browser: Browser;
  let hana: Person;
  let ada: Person;
  let page: Page;
  let dealId: string;
  let overdue: { id: string; number: string };
  let open: { id: string; number: string };

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    [system, browser] = await Promise.all([
      startTestSystem({ env: { SMTP_URL: mailbox.url } }),
      launchBrowser(),
    ]);
    const team = (await system.call('POST', '/api/v1/teams', { name: 'Billing team' })).body.id;
    hana = await invitePerson(system, mailbox, 'head', { name: 'Hana Head', teamId: team });
    ada = await invitePerson(system, mailbox, 'admin', { name: 'Ada Admin' });
    const deal = await system.call('POST', '/api/v1/deals', {
      title: 'Initech rollout',
      pipelineId: 'b2b',
      amount: '500.00',
      responsibleId: hana.id,
    });
    dealId = deal.body.id;
    await eventually('the deal’s workflow', async () => {
      const view = (await system.call('GET', `/api/v1/deals/${dealId}/automation`)).body;
      return view.stage ? view : undefined;
    });
    const invoice = async (dueDate: string) =>
      (
        await system.call('POST', '/api/v1/invoices', {
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
      (await system.call('GET', `/api/v1/invoices/${overdue.id}`)).body.status === 'overdue'
        ? true
        : undefined,
    );
    const context = await newContext(browser, system.baseUrl);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
    await mailbox?.close();
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
    expect((await system.call('GET', `/api/v1/invoices/${open.id}`)).body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'The customer ordered through a partner',
      cancelledById: hana.id,
    });
    await checkScreen(page, 'deal-invoices-lifecycle');
  });

  it('lets an admin match an unmatched payment to its invoice by number', async () => {
    const bot = await system.call('POST', '/api/v1/users', {
      name: 'Bank',
      email: 'bank@browser.test',
      role: 'integration',
    });
    const key = (await system.call('POST', `/api/v1/users/${bot.body.id}/api-keys`, { name: 'b' }))
      .body;
    const raw = JSON.stringify({
      externalId: 'bank-777',
      invoiceNumber: 'INV-TYPO',
      amount: '250.00',
      currency: 'USD',
      paidAt: new Date().toISOString(),
    });
    const ts = Math.floor(Date.now() / 1000);
    const delivered = await fetch(`${system.baseUrl}/api/v1/integrations/payments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${key.key}`,
        'x-voronka-timestamp': String(ts),
        'x-voronka-signature': signWebhook(key.signingSecret, ts, raw),
      },
      body: raw,
    });
    expect(delivered.status).toBe(202);

    const context = await newContext(browser, system.baseUrl);
    const admin = await context.newPage();
    await signInAs(admin, ada);
    await admin.goto('/admin');
    await admin.getByRole('tab', { name: 'Unmatched payments' }).click();
    const table = admin.getByRole('table', { name: 'Unmatched payments' });
    await table.getByRole('cell', { name: 'INV-TYPO' }).waitFor();
    await table.getByLabel('Invoice number to match bank-777 to').fill(overdue.number);
    await table.getByRole('button', { name: 'Match' }).click();
    await admin.getByText('Every payment received matched an invoice.').waitFor();
    expect((await system.call('GET', `/api/v1/invoices/${overdue.id}`)).body).toMatchObject({
      status: 'paid',
      amountPaid: '250.00',
    });
    await checkScreen(admin, 'admin-unmatched-payments');
  });
});
