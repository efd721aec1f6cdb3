import { type Page } from 'playwright-core';
import { checkScreen } from './support/browser';
import { type Person } from './support/people';
import { browserSuite } from './support/browser-suite';

/**
 * The catalogues in a real browser: lead sources (and the source picked from them wherever a
 * lead's or deal's source is entered or filtered), products and quote templates, kept by sales
 * ops and only read by a manager.
 */
describe('the web app: catalogues', () => {
  const suite = browserSuite();
  let sam: Person;
  let mia: Person;
  let page: Page;

  const get = async (path: string) => (await suite.system.call('GET', path)).body;
  const sourceByCode = async (code: string) =>
    (await get('/api/v1/lead-sources?limit=200')).items.find(
      (s: { code: string }) => s.code === code,
    );

  beforeAll(async () => {
    sam = await suite.invite('salesops', { name: 'Sam Catalogue' });
    mia = await suite.invite('manager', { name: 'Mia Reader' });
    await suite.system.call('POST', '/api/v1/products', {
      name: 'CRM licence, annual',
      sku: 'LIC-ANNUAL',
      price: '1200.00',
      currency: 'USD',
      taxRate: '20',
    });
    for (const [title, source] of [
      ['Website deal', 'web'],
      ['Partner deal', 'partner'],
    ])
      await suite.system.call('POST', '/api/v1/deals', {
        title,
        pipelineId: 'b2b',
        amount: '1000.00',
        source,
      });
    page = await suite.newPage(sam);
  });

  it('adds, renames and deactivates lead sources', async () => {
    await page.getByRole('link', { name: 'Lead sources' }).click();
    const table = page.getByRole('table', { name: 'Lead sources' });
    await table.getByRole('cell', { name: 'Trade fair', exact: true }).waitFor();

    const form = page.getByRole('region', { name: 'New lead source' });
    await form.getByLabel('Name').fill('Webinar');
    await form.getByLabel('Code').fill('Not A Code');
    await form.getByRole('button', { name: 'Add the source' }).click();
    await form.locator('.mantine-InputWrapper-error').filter({ hasText: /code/ }).waitFor();
    await form.getByLabel('Code').fill('webinar');
    await form.getByRole('button', { name: 'Add the source' }).click();
    await table.getByRole('cell', { name: 'Webinar', exact: true }).waitFor();
    expect(await sourceByCode('webinar')).toMatchObject({ name: 'Webinar', active: true });

    await table.getByRole('button', { name: 'Rename Partner' }).click();
    await table.getByLabel('New name of Partner').fill('Partner network');
    await table.getByRole('button', { name: 'Save' }).click();
    await table.getByRole('cell', { name: 'Partner network', exact: true }).waitFor();
    expect(await sourceByCode('partner')).toMatchObject({ name: 'Partner network' });

    await table.getByRole('button', { name: 'Deactivate Trade fair' }).click();
    await table.getByRole('button', { name: 'Reactivate Trade fair' }).waitFor();
    expect(await sourceByCode('fair')).toMatchObject({ active: false });
    await page.mouse.move(1270, 790); // no button left in its hover colours
    await checkScreen(page, 'lead-sources');
  });

  it('picks a new lead’s source from the active sources, and filters the leads by it', async () => {
    // A manager enters leads (responsible for them).
    const page = await suite.newPage(mia);
    await page.getByRole('link', { name: 'Leads' }).click();
    await page.getByRole('button', { name: 'New lead' }).click();
    const dialog = page.getByRole('dialog', { name: 'New lead' });
    await dialog.getByLabel('Title').fill('Webinar attendee');
    await dialog.getByRole('combobox', { name: 'Source' }).click();
    // A deactivated source is not offered to new records.
    await page.getByRole('option', { name: 'Webinar' }).waitFor();
    expect(await page.getByRole('option', { name: 'Trade fair' }).count()).toBe(0);
    await page.getByRole('option', { name: 'Webinar' }).click();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
    const leadId = page.url().split('/').pop()!;
    expect((await get(`/api/v1/leads/${leadId}`)).source).toBe('webinar');

    await suite.system.call('POST', '/api/v1/leads', {
      title: 'Cold lead',
      source: 'cold_call',
      responsibleId: mia.id,
    });
    await page.goto('/leads');
    const leads = page.getByRole('table', { name: 'Leads' });
    await leads.getByRole('link', { name: 'Cold lead' }).waitFor();
    await page.getByRole('combobox', { name: 'Source' }).click();
    // Filtering offers the deactivated ones too: records keep naming them.
    await page.getByRole('option', { name: 'Trade fair' }).waitFor();
    await page.getByRole('option', { name: 'Webinar' }).click();
    await page.waitForURL(/source=webinar/);
    await leads.getByRole('link', { name: 'Cold lead' }).waitFor({ state: 'detached' });
    const row = leads.getByRole('row').filter({ hasText: 'Webinar attendee' });
    // The source's name, not its code.
    await row.getByRole('cell', { name: 'Webinar', exact: true }).waitFor();
    await page.context().close();
  });

  it('filters the deals by a source picked by its name', async () => {
    await page.goto('/deals?view=list&scope=all');
    const deals = page.getByRole('table', { name: 'Deals' });
    await deals.getByRole('link', { name: 'Partner deal' }).waitFor();
    await page.getByRole('combobox', { name: 'Source' }).click();
    await page.getByRole('option', { name: 'Website' }).click();
    await page.waitForURL(/source=web(&|$)/);
    await deals.getByRole('link', { name: 'Partner deal' }).waitFor({ state: 'detached' });
    await deals.getByRole('link', { name: 'Website deal' }).waitFor();
  });

  it('keeps the product catalogue: add, refuse a bad price beside it, change, archive', async () => {
    await page.getByRole('link', { name: 'Products' }).click();
    const table = page.getByRole('table', { name: 'Products' });
    await table.getByRole('cell', { name: 'CRM licence, annual', exact: true }).waitFor();

    await page.getByRole('button', { name: 'New product' }).click();
    const dialog = page.getByRole('dialog', { name: 'New product' });
    await dialog.getByLabel('Name').fill('Onboarding workshop');
    await dialog.getByLabel('SKU').fill('ONB-WS');
    await dialog.getByRole('textbox', { name: /^Price/ }).fill('twelve');
    await dialog.getByLabel('Currency').fill('EUR');
    await dialog.getByLabel('Unit').fill('h');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.locator('.mantine-InputWrapper-error').filter({ hasText: /price/ }).waitFor();
    await dialog.getByRole('textbox', { name: /^Price/ }).fill('150');
    await dialog.getByRole('button', { name: 'Create' }).click();
    const row = table.getByRole('row').filter({ hasText: 'Onboarding workshop' });
    await row.getByText('€150.00').waitFor();
    const [created] = (await get('/api/v1/products?q=ONB-WS')).items;
    expect(created).toMatchObject({ sku: 'ONB-WS', price: '150.0000', currency: 'EUR', unit: 'h' });

    await page.getByLabel('Search by name or SKU').fill('onb');
    await table
      .getByRole('cell', { name: 'CRM licence, annual', exact: true })
      .waitFor({ state: 'detached' });
    await row.getByRole('button', { name: 'Edit Onboarding workshop' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Onboarding workshop' });
    await edit.getByRole('textbox', { name: /^Price/ }).fill('175.50');
    await edit.getByRole('button', { name: 'Save' }).click();
    await row.getByText('€175.50').waitFor();
    const changed = await get(`/api/v1/products/${created.id}`);
    expect(changed).toMatchObject({ price: '175.5000', version: created.version + 1 });
    await page.mouse.move(1270, 790);
    await checkScreen(page, 'products');

    await row.getByRole('button', { name: 'Archive Onboarding workshop' }).click();
    await row.waitFor({ state: 'detached' });
    expect((await get(`/api/v1/products/${created.id}`)).archivedAt).toEqual(expect.any(String));
    // The switch follows the address (?archived=true), which it sets: its state changes once the
    // navigation is applied, which Playwright's check() does not wait for on a loaded machine.
    await page.getByLabel('Show the archived ones instead').click();
    await page
      .getByRole('switch', { name: 'Show the archived ones instead', checked: true })
      .waitFor();
    await table
      .getByRole('row')
      .filter({ hasText: 'Onboarding workshop' })
      .getByText('archived')
      .waitFor();
  });

  it('makes a quote template with rows, texts and validity, changes it and archives it', async () => {
    await page.getByRole('link', { name: 'Quote templates' }).click();
    await page.getByRole('button', { name: 'New template' }).click();
    const dialog = page.getByRole('dialog', { name: 'New template' });
    await dialog.getByLabel('Name').fill('Standard offer');
    await dialog.getByLabel('Code').fill('standard');
    await dialog.getByLabel('A quote is valid for (days)').fill('30');
    await dialog.getByLabel('Text above the rows').fill('Dear {{contact.name}},');
    await dialog.getByRole('button', { name: 'Add a row' }).click();
    const first = dialog.getByRole('group', { name: 'Row 1' });
    await first.getByRole('combobox', { name: 'Product' }).click();
    await page.getByRole('option', { name: 'CRM licence, annual (LIC-ANNUAL)' }).click();
    await first.getByLabel('Quantity').fill('3');
    await dialog.getByRole('button', { name: 'Add a row' }).click();
    const second = dialog.getByRole('group', { name: 'Row 2' });
    await second.getByLabel('Name', { exact: true }).fill('Setup');
    await second.getByLabel('Unit price (USD)').fill('500');
    await dialog.getByLabel('Terms below the totals').fill('Payable within 14 days.');
    await checkScreen(page, 'quote-template-form');
    await dialog.getByRole('button', { name: 'Create' }).click();

    const table = page.getByRole('table', { name: 'Quote templates' });
    const row = table.getByRole('row').filter({ hasText: 'Standard offer' });
    await row.getByText('30 days').waitFor();
    const [template] = (await get('/api/v1/quote-templates')).items;
    expect(template).toMatchObject({
      code: 'standard',
      currency: 'USD',
      validityDays: 30,
      intro: 'Dear {{contact.name}},',
      terms: 'Payable within 14 days.',
    });
    expect(template.rows).toEqual([
      expect.objectContaining({ productId: expect.any(String), quantity: '3' }),
      expect.objectContaining({ name: 'Setup', quantity: '1', unitPrice: '500' }),
    ]);

    await row.getByRole('button', { name: 'Edit Standard offer' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Standard offer' });
    // Its code, which the rules name, never changes.
    expect(await edit.getByLabel('Code').isDisabled()).toBe(true);
    await edit.getByRole('button', { name: 'Remove row 2' }).click();
    await edit.getByLabel('A quote is valid for (days)').fill('21');
    await edit.getByRole('button', { name: 'Save' }).click();
    await row.getByText('21 days').waitFor();
    const changed = await get(`/api/v1/quote-templates/${template.id}`);
    expect(changed).toMatchObject({ validityDays: 21, terms: 'Payable within 14 days.' });
    expect(changed.rows).toHaveLength(1);
    await page.mouse.move(1270, 790);
    await checkScreen(page, 'quote-templates');

    await row.getByRole('button', { name: 'Archive Standard offer' }).click();
    await row.waitFor({ state: 'detached' });
    expect((await get(`/api/v1/quote-templates/${template.id}`)).archivedAt).toEqual(
      expect.any(String),
    );
  });

  it('lets a manager read the products but keep none of the catalogues', async () => {
    const managerPage = await suite.newPage(mia);
    await managerPage.getByRole('link', { name: 'Products' }).click();
    await managerPage
      .getByRole('table', { name: 'Products' })
      .getByRole('cell', { name: 'CRM licence, annual', exact: true })
      .waitFor();
    expect(await managerPage.getByRole('button', { name: 'New product' }).count()).toBe(0);
    expect(await managerPage.getByRole('button', { name: /^Edit / }).count()).toBe(0);
    expect(await managerPage.getByRole('link', { name: 'Quote templates' }).count()).toBe(0);
    expect(await managerPage.getByRole('link', { name: 'Lead sources' }).count()).toBe(0);
    await managerPage.context().close();
  });
});
