import { type Browser, type Page } from 'playwright-core';
import { startTestMailbox, type TestMailbox } from '../support/smtp';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { checkScreen, launchBrowser, newContext } from './support/browser';
import { invitePerson, type Person, signInAs } from './support/people';

/**
 * Duplicates in a real browser: a new contact like one that exists shows it, linked, and is
 * created only when the user says so; then "Merge into…" merges the two.
 */
describe('the web app: duplicates and merge', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;
  let browser: Browser;
  let ola: Person;
  let page: Page;
  let existingId: string;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    [system, browser] = await Promise.all([
      startTestSystem({ worker: false, env: { SMTP_URL: mailbox.url } }),
      launchBrowser(),
    ]);
    const team = (await system.call('POST', '/api/v1/teams', { name: 'Dupes team' })).body.id;
    ola = await invitePerson(system, mailbox, 'manager', { name: 'Ola Dupes', teamId: team });
    existingId = (
      await system.call('POST', '/api/v1/contacts', {
        firstName: 'Vera',
        lastName: 'Petrova',
        email: 'vera@petrova.example',
        phone: '+7 916 000-11-22',
        responsibleId: ola.id,
      })
    ).body.id;
    const context = await newContext(browser, system.baseUrl);
    page = await context.newPage();
    await signInAs(page, ola);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
    await mailbox?.close();
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
    expect((await system.call('GET', '/api/v1/contacts')).body.total).toBe(1);
    await checkScreen(page, 'duplicate-contact');

    await found.getByRole('button', { name: 'Create anyway' }).click();
    await page.getByRole('heading', { name: 'Vera', level: 1 }).waitFor();
    expect((await system.call('GET', '/api/v1/contacts')).body.total).toBe(2);
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
    expect((await system.call('GET', '/api/v1/contacts')).body.total).toBe(1);

    await page.goto(`${system.baseUrl}/contacts/${mergedId}`);
    await page.getByText('This record was merged into another').waitFor();
    await page.getByRole('link', { name: 'Open the record it was merged into' }).click();
    await page.getByRole('heading', { name: 'Vera Petrova', level: 1 }).waitFor();
  });
});
