import { type Page } from 'playwright-core';
import { checkScreen } from './support/browser';
import { type Person } from './support/people';
import { browserSuite } from './support/browser-suite';

/**
 * Custom fields in a real browser: an admin defines a company's fields on the admin screen, a new
 * company's form asks for them, and the API's error about a value shows beside its field.
 */
describe('the web app: custom fields', () => {
  const suite = browserSuite({ worker: false });
  let ada: Person;
  let page: Page;

  beforeAll(async () => {
    ada = await suite.invite('admin', { name: 'Ada Fields' });
    page = await suite.newPage(ada);
  });

  it('lets an admin define a company’s fields', async () => {
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('tab', { name: 'Custom fields' }).click();
    await page
      .getByRole('radiogroup', { name: 'Record type' })
      .getByText('Companies', { exact: true })
      .click();
    const define = page.getByRole('region', { name: 'Add the field' });
    await define.getByRole('textbox', { name: 'Label' }).fill('Seats');
    await define.getByRole('textbox', { name: 'Code' }).fill('seats');
    await define.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Number' }).click();
    await define.getByRole('button', { name: 'Add the field' }).click();
    await define.getByText('Added Seats.').waitFor();

    await define.getByRole('textbox', { name: 'Label' }).fill('Tier');
    await define.getByRole('textbox', { name: 'Code' }).fill('tier');
    await define.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'List' }).click();
    await define.getByRole('textbox', { name: 'Options' }).fill('silver\ngold');
    await define.getByRole('checkbox', { name: 'Required' }).check();
    await define.getByRole('button', { name: 'Add the field' }).click();
    await define.getByText('Added Tier.').waitFor();

    const table = page.getByRole('table', { name: 'Custom fields' });
    await table.getByRole('cell', { name: 'silver, gold' }).waitFor();
    await checkScreen(page, 'custom-fields-admin');
    const fields = await suite.system.call('GET', '/api/v1/custom-fields?recordType=company');
    expect(
      fields.body.items.map((f: { code: string; type: string; required: boolean }) => [
        f.code,
        f.type,
        f.required,
      ]),
    ).toEqual([
      ['seats', 'number', false],
      ['tier', 'list', true],
    ]);
  });

  it('asks for them on a new company, with the API’s error beside the field', async () => {
    await page.getByRole('link', { name: 'Companies' }).click();
    await page.getByRole('button', { name: 'New company' }).click();
    const dialog = page.getByRole('dialog', { name: 'New company' });
    await dialog.getByLabel('Name').first().fill('Fielded Ltd');
    await dialog.getByRole('textbox', { name: 'Seats' }).fill('forty');
    await dialog.getByRole('combobox', { name: 'Tier' }).click();
    await page.getByRole('option', { name: 'gold' }).click();
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();

    const seats = dialog.getByRole('textbox', { name: 'Seats' });
    await dialog.getByText('must be a number, like 42 or 7.5').waitFor();
    expect(await seats.getAttribute('aria-invalid')).toBe('true');
    await checkScreen(page, 'custom-field-error');
    expect((await suite.system.call('GET', '/api/v1/companies')).body.total).toBe(0);

    await seats.fill('40');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { name: 'Fielded Ltd', level: 1 }).waitFor();
    const [company] = (await suite.system.call('GET', '/api/v1/companies')).body.items;
    expect(company.custom).toEqual({ seats: 40, tier: 'gold' });
  });

  it('changes them on the company’s page', async () => {
    const section = page.getByRole('region', { name: 'More fields' });
    const seats = section.getByRole('textbox', { name: 'Seats' });
    expect(await seats.inputValue()).toBe('40');
    await seats.fill('12 seats');
    await section.getByRole('button', { name: 'Save the fields' }).click();
    await section.getByText('must be a number, like 42 or 7.5').waitFor();
    await seats.fill('45');
    await section.getByRole('button', { name: 'Save the fields' }).click();
    await section.getByText('Saved').waitFor();
    const [company] = (await suite.system.call('GET', '/api/v1/companies')).body.items;
    expect(company.custom).toEqual({ seats: 45, tier: 'gold' });
    await checkScreen(page, 'custom-fields-company');
  });

  it('filters the companies list by them: a list field, a number range', async () => {
    const other = await suite.system.call('POST', '/api/v1/companies', {
      name: 'Silverline',
      custom: { seats: 10, tier: 'silver' },
    });
    expect(other.status).toBe(201);
    await page.getByRole('link', { name: 'Companies', exact: true }).click();
    const table = page.getByRole('table', { name: 'Companies' });
    const names = async () =>
      (await table.locator('tbody tr td:first-child').allInnerTexts()).sort();
    await table.getByRole('cell', { name: 'Silverline' }).waitFor();
    expect(await names()).toEqual(['Fielded Ltd', 'Silverline']);

    await page.getByRole('combobox', { name: 'Tier' }).click();
    await page.getByRole('option', { name: 'silver' }).click();
    await page.getByRole('status').getByText('1 of 1').waitFor();
    expect(await names()).toEqual(['Silverline']);
    expect(new URL(page.url()).searchParams.get('custom.tier')).toBe('silver');
    await checkScreen(page, 'list-custom-filters');

    // Another filter instead: seats from 20 (Fielded Ltd has 45, Silverline 10).
    await page.getByRole('combobox', { name: 'Tier' }).click();
    await page.getByRole('option', { name: 'silver' }).click();
    await page.getByRole('status').getByText('2 of 2').waitFor();
    await page.getByRole('textbox', { name: 'Seats from' }).fill('20');
    await page.getByRole('status').getByText('1 of 1').waitFor();
    expect(await names()).toEqual(['Fielded Ltd']);
    // The address keeps it: a reload shows the same rows.
    await page.reload();
    await page.getByRole('status').getByText('1 of 1').waitFor();
    expect(await names()).toEqual(['Fielded Ltd']);
    expect(await page.getByRole('textbox', { name: 'Seats from' }).inputValue()).toBe('20');
  });
});
