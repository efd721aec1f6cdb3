import { type Page } from 'playwright-core';
import { checkScreen } from './support/browser';
import { type Person } from './support/people';
import { browserSuite } from './support/browser-suite';

/**
 * Duplicates in a real browser: a new contact like one that exists shows it, linked, and is
 * created only when the user says so; then "Merge into…" merges the two.
 */
describe('the web app: duplicates and merge', () => {
  const suite = browserSuite({ worker: false });
  let ola: Person;
  let page: Page;
  let existingId: string;

  beforeAll(async () => {
    const team = (await suite.system.call('POST', '/api/v1/teams', { name: 'Dupes team' })).body.id;
    ola = await suite.invite('manager', { name: 'Ola Dupes', teamId: team });
    existingId = (
      await suite.system.call('POST', '/api/v1/contacts', {
        firstName: 'Vera',
        lastName: 'Petrova',
        email: 'vera@petrova.example',
        phone: '+7 916 000-11-22',
        responsibleId: ola.id,
      })
    ).body.id;
    page = await suite.newPage(ola);
  });

  it('shows the contact a new one duplicates, and creates it only when told to', async () => {
    await page.getByRole('link', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: 'New contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    await dialog.getByLabel('First name').fill('Vera');
    await dialog.getByLabel('Phone').fill('0079160001122');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();

    const found = dialog.getByRole('alert');
    await found.getByText('This looks like a record that exists').waitFor();
    await found.getByText('same phone').waitFor();
    expect(await found.getByRole('link', { name: 'Vera Petrova' }).getAttribute('href')).toBe(
      `/contacts/${existingId}`,
    );
    expect((await suite.system.call('GET', '/api/v1/contacts')).body.total).toBe(1);
    await checkScreen(page, 'duplicate-contact');

    await found.getByRole('button', { name: 'Create anyway' }).click();
    await page.getByRole('heading', { name: 'Vera', level: 1 }).waitFor();
    expect((await suite.system.call('GET', '/api/v1/contacts')).body.total).toBe(2);
  });

  it('merges the new contact into the one that existed', async () => {
    const mergedId = page.url().split('/').pop()!;
    await page.getByRole('button', { name: 'Merge into…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge Vera into another record' });
    await dialog.getByPlaceholder('Type to search by name, email or phone').fill('Petrova');
    await page.getByRole('option', { name: /Vera Petrova/ }).click();
    await checkScreen(page, 'merge-contact');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByRole('heading', { name: 'Vera Petrova', level: 1 }).waitFor();
    expect(page.url()).toContain(`/contacts/${existingId}`);
    expect((await suite.system.call('GET', '/api/v1/contacts')).body.total).toBe(1);

    await page.goto(`${suite.system.baseUrl}/contacts/${mergedId}`);
    await page.getByText('This record was merged into another').waitFor();
    await page.getByRole('link', { name: 'Open the record it was merged into' }).click();
    await page.getByRole('heading', { name: 'Vera Petrova', level: 1 }).waitFor();
  });
});
