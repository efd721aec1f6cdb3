import { type Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { checkScreen } from './support/browser';
import { type Person } from './support/people';
import { browserSuite } from './support/browser-suite';

/** The lead page in a real browser: fields, status, automation, timeline, conversion. */
describe('the web app: the lead page', () => {
  const suite = browserSuite();
  let mia: Person;
  let page: Page;
  let leadId: string;
  let annaId: string;

  const leadNow = async () => (await suite.system.call('GET', `/api/v1/leads/${leadId}`)).body;
  const section = (name: string) => page.getByRole('region', { name });

  beforeAll(async () => {
    const team = (await suite.system.call('POST', '/api/v1/teams', { name: 'Lead team' })).body.id;
    mia = await suite.invite('manager', { name: 'Mia Leads', teamId: team });
    // Anna is a contact already: the conversion offers to link her instead of a second Anna.
    annaId = (
      await suite.system.call('POST', '/api/v1/contacts', {
        firstName: 'Anna',
        lastName: 'Petrova',
        email: 'anna@initech.example',
        responsibleId: mia.id,
      })
    ).body.id;
    leadId = (
      await suite.system.call('POST', '/api/v1/leads', {
        title: 'Initech: 20 seats',
        name: 'Anna Petrova',
        email: 'anna@initech.example',
        companyName: 'Initech',
        source: 'web',
        responsibleId: mia.id,
      })
    ).body.id;
    // The lead's workflow has started and planned the first call.
    await eventually('the lead’s automation', async () => {
      const view = (await suite.system.call('GET', `/api/v1/leads/${leadId}/automation`)).body;
      return view.pendingTimers?.length ? view : undefined;
    });
    page = await suite.newPage(mia);
  });

  it('opens from the list: fields, status, automation and timeline', async () => {
    await page.getByRole('link', { name: 'Leads' }).click();
    await page.getByRole('link', { name: 'Initech: 20 seats' }).click();
    await page.getByRole('heading', { name: 'Initech: 20 seats', level: 1 }).waitFor();
    const details = section('Details');
    expect(await details.getByLabel('Name').inputValue()).toBe('Anna Petrova');
    expect(await details.getByLabel('Email').inputValue()).toBe('anna@initech.example');
    expect(await details.getByLabel('Company').inputValue()).toBe('Initech');
    await section('Status').getByText('Now: New').waitFor();

    const automation = (await suite.system.call('GET', `/api/v1/leads/${leadId}/automation`)).body;
    await section('Automation')
      .getByText(automation.pendingTimers[0].description)
      .first()
      .waitFor();

    const timeline = section('Timeline');
    await timeline.getByText('Created in New').waitFor();
    await timeline.getByText('Call: First call: Anna Petrova').waitFor();
    await checkScreen(page, 'lead-page');
  });

  it('saves a changed field at the version read', async () => {
    const before = await leadNow();
    // The source is picked from the lead sources catalogue, by its name.
    await section('Details').getByRole('combobox', { name: 'Source' }).click();
    await page.getByRole('option', { name: 'Trade fair' }).click();
    await section('Details').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const after = await leadNow();
    expect(after.source).toBe('fair');
    expect(after.version).toBe(before.version + 1);
  });

  it('moves the lead to another status, and takes a comment', async () => {
    const status = section('Status');
    await status.getByRole('combobox', { name: 'Move to' }).click();
    await page.getByRole('option', { name: 'In progress', exact: true }).click();
    await status.getByRole('button', { name: 'Move', exact: true }).click();
    await status.getByText('Now: In progress').waitFor();
    await section('Timeline').getByText('New → In progress').waitFor();
    expect((await leadNow()).status).toBe('in_progress');

    const timeline = section('Timeline');
    await timeline.getByLabel('Add a comment').fill('Budget confirmed by phone.');
    await timeline.getByRole('button', { name: 'Comment', exact: true }).click();
    await timeline
      .locator('.mantine-Timeline-item')
      .getByText('Budget confirmed by phone.')
      .waitFor();
    const items = (await suite.system.call('GET', `/api/v1/leads/${leadId}/timeline`)).body.items;
    expect(items[0]).toMatchObject({ kind: 'comment', actorId: mia.id });
  });

  it('shows a refused field beside it, and converts nothing', async () => {
    const convert = section('Convert');
    await convert.getByRole('combobox', { name: 'Pipeline' }).click();
    await page.getByRole('option', { name: 'B2B sales', exact: true }).click();
    // USD has two decimals: the API refuses a third rather than rounding.
    await convert.getByLabel('Amount').fill('8000.125');
    await convert.getByRole('button', { name: 'Convert the lead' }).click();
    const amount = convert.getByLabel('Amount');
    await eventually('the amount marked', async () =>
      (await amount.getAttribute('aria-invalid')) === 'true' ? true : undefined,
    );
    await convert
      .locator('.mantine-InputWrapper-error')
      .filter({ hasText: /decimals/ })
      .waitFor();
    await checkScreen(page, 'lead-conversion-refused');
    const lead = await leadNow();
    expect(lead).toMatchObject({ outcome: 'open', convertedDealId: null });
    const companies = (await suite.system.call('GET', '/api/v1/companies?q=Initech')).body;
    expect(companies.total).toBe(0);
  });

  it('converts into the contact it suggests, a new company and a deal, and opens the deal', async () => {
    const convert = section('Convert');
    await convert.getByRole('radio', { name: 'Link Anna Petrova (anna@initech.example)' }).check();
    await convert.getByRole('radio', { name: 'A new company: Initech' }).check();
    await convert.getByLabel('Amount').fill('8000.00');
    await convert.getByRole('button', { name: 'Convert the lead' }).click();
    const converted = page.getByRole('alert').filter({ hasText: 'Converted' });
    await converted.waitFor();
    await page.getByText('Now: Converted').waitFor();
    const lead = await leadNow();
    expect(lead).toMatchObject({ outcome: 'converted', convertedContactId: annaId });
    const deal = (await suite.system.call('GET', `/api/v1/deals/${lead.convertedDealId}`)).body;
    expect(deal).toMatchObject({
      title: 'Initech: 20 seats',
      pipelineId: 'b2b',
      amount: '8000.00',
      contactId: annaId,
      companyId: lead.convertedCompanyId,
    });
    await checkScreen(page, 'lead-converted');

    await converted.getByRole('link', { name: 'Open the deal' }).click();
    await page.waitForURL(`**/deals/${deal.id}`);
    await page.getByRole('heading', { name: 'Initech: 20 seats', level: 1 }).waitFor();
    expect(await page.getByLabel('Amount (USD)').inputValue()).toBe('8000.00');
  });
});
