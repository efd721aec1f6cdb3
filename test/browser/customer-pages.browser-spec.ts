import { type Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { checkScreen } from './support/browser';
import { type Person } from './support/people';
import { browserSuite } from './support/browser-suite';

/** A contact's and a company's page in a real browser: fields, people, deals, timeline. */
describe('the web app: contact and company pages', () => {
  const suite = browserSuite();
  let mia: Person;
  let page: Page;
  let companyId: string;
  let contactId: string;

  const section = (name: string) => page.getByRole('region', { name });

  beforeAll(async () => {
    const team = (await suite.system.call('POST', '/api/v1/teams', { name: 'Customer team' })).body
      .id;
    mia = await suite.invite('manager', { name: 'Mia Customers', teamId: team });
    companyId = (
      await suite.system.call('POST', '/api/v1/companies', {
        name: 'Globex',
        industry: 'Energy',
        country: 'DE',
        responsibleId: mia.id,
      })
    ).body.id;
    contactId = (
      await suite.system.call('POST', '/api/v1/contacts', {
        firstName: 'Boris',
        lastName: 'Ivanov',
        position: 'Buyer',
        email: 'boris@globex.example',
        companyIds: [companyId],
        responsibleId: mia.id,
      })
    ).body.id;
    await suite.system.call('POST', '/api/v1/deals', {
      title: 'Globex turbines',
      pipelineId: 'b2b',
      amount: '42000.00',
      companyId,
      contactId,
      responsibleId: mia.id,
    });
    await suite.system.call('POST', '/api/v1/activities', {
      type: 'meeting',
      subject: 'Visit Boris at Globex',
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      contactId,
      responsibleId: mia.id,
    });
    page = await suite.newPage(mia);
  });

  it('opens a contact from the list: fields, companies, deals and timeline', async () => {
    await page.getByRole('link', { name: 'Contacts' }).click();
    await page.getByRole('link', { name: 'Boris Ivanov' }).click();
    await page.getByRole('heading', { name: 'Boris Ivanov', level: 1 }).waitFor();
    expect(await section('Details').getByLabel('Position').inputValue()).toBe('Buyer');
    await section('Companies').getByRole('link', { name: 'Globex' }).waitFor();
    const deals = section('Deals');
    await deals.getByRole('link', { name: 'Globex turbines' }).waitFor();
    await deals.getByRole('cell', { name: 'New', exact: true }).waitFor();
    await deals.getByRole('cell', { name: '$42,000.00' }).waitFor();
    await section('Timeline').getByText('Meeting: Visit Boris at Globex').waitFor();
    await checkScreen(page, 'contact-page');
  });

  it('saves a contact’s field, and shows the API’s refusal beside the field', async () => {
    const details = section('Details');
    await details.getByLabel('Phone').fill('call me');
    await details.getByRole('button', { name: 'Save' }).click();
    await eventually('the phone marked', async () =>
      (await details.getByLabel('Phone').getAttribute('aria-invalid')) === 'true'
        ? true
        : undefined,
    );
    expect((await suite.system.call('GET', `/api/v1/contacts/${contactId}`)).body.phone).toBeNull();
    await details.getByLabel('Phone').fill('+49 30 555 0102');
    await details.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect((await suite.system.call('GET', `/api/v1/contacts/${contactId}`)).body.phone).toBe(
      '+49 30 555 0102',
    );
  });

  it('opens the company from the contact: people, deals, and a comment in its timeline', async () => {
    await section('Companies').getByRole('link', { name: 'Globex' }).click();
    await page.getByRole('heading', { name: 'Globex', level: 1 }).waitFor();
    expect(await section('Details').getByLabel('Industry').inputValue()).toBe('Energy');
    await section('People').getByRole('link', { name: 'Boris Ivanov' }).waitFor();
    await section('Deals').getByRole('link', { name: 'Globex turbines' }).waitFor();

    const timeline = section('Timeline');
    await timeline.getByLabel('Add a comment').fill('Renewal talks start in March.');
    await timeline.getByRole('button', { name: 'Comment', exact: true }).click();
    await timeline
      .locator('.mantine-Timeline-item')
      .getByText('Renewal talks start in March.')
      .waitFor();
    const items = (await suite.system.call('GET', `/api/v1/companies/${companyId}/timeline`)).body
      .items;
    expect(items[0]).toMatchObject({ kind: 'comment', actorId: mia.id });
    await checkScreen(page, 'company-page');

    await section('Deals').getByRole('link', { name: 'Globex turbines' }).click();
    await page.getByRole('heading', { name: 'Globex turbines', level: 1 }).waitFor();
  });
});
