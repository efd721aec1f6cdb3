import { type Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { checkScreen } from './support/browser';
import { type Person } from './support/people';
import { browserSuite } from './support/browser-suite';

/** The deal page's products and the quote dialog's templates, in a real browser. */
describe('the web app: deal products and quote templates', () => {
  const suite = browserSuite();
  let mia: Person;
  let page: Page;
  let dealId: string;
  let templateId: string;
  let companyId: string;

  const dealNow = async () => (await suite.system.call('GET', `/api/v1/deals/${dealId}`)).body;

  beforeAll(async () => {
    mia = await suite.invite('manager', { name: 'Mia Products' });
    // The company is the admin's: Mia works the deal, not the company.
    const company = (await suite.system.call('POST', '/api/v1/companies', { name: 'Initech' }))
      .body;
    companyId = company.id;
    dealId = (
      await suite.system.call('POST', '/api/v1/deals', {
        title: 'Initech seats',
        pipelineId: 'b2b',
        companyId: company.id,
        responsibleId: mia.id,
      })
    ).body.id;
    await suite.system.call('POST', '/api/v1/products', {
      name: 'Seat licence',
      sku: 'SEAT',
      price: '1250.00',
      currency: 'USD',
      taxRate: '20',
      unit: 'seat',
    });
    templateId = (
      await suite.system.call('POST', '/api/v1/quote-templates', {
        code: 'standard',
        name: 'Standard offer',
        currency: 'USD',
        rows: [{ name: 'Setup fee', quantity: '1', unitPrice: '500' }],
        intro: 'Our offer for {{company_name}}.',
      })
    ).body.id;
    page = await suite.newPage(mia);
  });

  it('edits the deal’s products, its amount following their total', async () => {
    await page.goto(`/deals/${dealId}`);
    const section = page.getByRole('region', { name: 'Products' });
    await section.getByText('No products yet.').waitFor();
    await section.getByRole('button', { name: 'Edit products' }).click();
    const dialog = page.getByRole('dialog', { name: 'The deal’s products (USD)' });
    await dialog.getByRole('button', { name: 'Add a row' }).click();
    const row1 = dialog.getByRole('group', { name: 'Row 1' });
    await row1.getByRole('combobox', { name: 'Product' }).click();
    await page.getByRole('option', { name: 'Seat licence (SEAT)' }).click();
    await row1.getByLabel('Quantity').fill('2');
    // 2 × 1,250 = 2,500 net, 500 tax: 3,000.
    await dialog
      .getByRole('table', { name: 'Totals' })
      .getByRole('row', { name: /^Total/ })
      .getByRole('cell', { name: '$3,000.00' })
      .waitFor();
    await checkScreen(page, 'deal-products-form');
    await dialog.getByRole('button', { name: 'Save the products' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const table = section.getByRole('table', { name: 'Products' });
    await table.getByRole('row', { name: /^Seat licence/ }).waitFor();
    await section.getByText('The deal’s amount is the total of its products.').waitFor();
    expect(await dealNow()).toMatchObject({ amount: '3000.00', amountManual: false });
    await eventually('the amount shown', async () =>
      (await page.getByLabel('Amount (USD)').inputValue()) === '3000.00' ? true : undefined,
    );
    await checkScreen(page, 'deal-products');
  });

  it('goes back to following the products after the amount was set by hand', async () => {
    const deal = await dealNow();
    await suite.system.call(
      'PATCH',
      `/api/v1/deals/${dealId}`,
      { amount: '2800.00' },
      { headers: { 'If-Match': `"${deal.version}"` } },
    );
    const section = page.getByRole('region', { name: 'Products' });
    await section.getByText(/was set by hand/).waitFor();
    await section.getByRole('button', { name: 'Follow the products' }).click();
    await section.getByText('The deal’s amount is the total of its products.').waitFor();
    expect(await dealNow()).toMatchObject({ amount: '3000.00', amountManual: false });
  });

  it('creates a quote from a template, with the deal’s products after its rows', async () => {
    await page.getByRole('button', { name: 'New quote' }).click();
    const dialog = page.getByRole('dialog', { name: 'New quote (USD)' });
    await dialog.getByRole('combobox', { name: 'From a template' }).click();
    await page.getByRole('option', { name: 'Standard offer' }).click();
    await dialog
      .getByRole('checkbox', { name: 'Add the deal’s products after the template’s rows' })
      .waitFor();
    await checkScreen(page, 'quote-from-template');
    await dialog.getByRole('button', { name: 'Create the quote' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const quotes = (await suite.system.call('GET', `/api/v1/quotes?dealId=${dealId}`)).body.items;
    expect(quotes).toHaveLength(1);
    // The deal's company is the buyer, although Mia is not responsible for it.
    expect(quotes[0]).toMatchObject({
      templateId,
      companyId,
      intro: 'Our offer for Initech.',
      totals: { total: '3500.00' },
    });
    expect(quotes[0].rows.map((r: { name: string }) => r.name)).toEqual([
      'Setup fee',
      'Seat licence',
    ]);
    await page
      .getByRole('table', { name: 'Quotes' })
      .getByRole('cell', { name: quotes[0].number, exact: true })
      .waitFor();
  });
});
