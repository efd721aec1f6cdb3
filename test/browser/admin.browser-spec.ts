import { type Browser, type Page } from 'playwright-core';
import { addressOf, startTestMailbox, type TestMailbox } from '../support/smtp';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { checkScreen, launchBrowser, newContext } from './support/browser';
import { invitePerson, type Person, signInAs } from './support/people';

/** The admin's screen in a real browser: users, invitations, teams, API keys. */
describe('the web app: admin', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;
  let browser: Browser;
  let ada: Person;
  let mia: Person;
  let page: Page;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    [system, browser] = await Promise.all([
      startTestSystem({ env: { SMTP_URL: mailbox.url } }),
      launchBrowser(),
    ]);
    await system.call('POST', '/api/v1/teams', { name: 'Admin team' });
    ada = await invitePerson(system, mailbox, 'admin', { name: 'Ada Admin' });
    mia = await invitePerson(system, mailbox, 'manager', { name: 'Mia Keys' });
    const context = await newContext(browser, system.baseUrl);
    page = await context.newPage();
    await signInAs(page, ada);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
    await mailbox?.close();
  });

  it('lists the users and invites a person into a team', async () => {
    await page.getByRole('link', { name: 'Admin' }).click();
    const users = page.getByRole('table', { name: 'Users' });
    await users.getByRole('cell', { name: 'Mia Keys', exact: true }).waitFor();
    const invite = page.getByRole('region', { name: 'Invite a person' });
    await invite.getByLabel('Name').fill('Nina New');
    await invite.getByLabel('Email').fill('nina.new@test.example');
    await invite.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Head of sales' }).click();
    await invite.getByRole('combobox', { name: 'Team' }).click();
    await page.getByRole('option', { name: 'Admin team' }).click();
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await invite.getByText('Invited nina.new@test.example').waitFor();
    await users.getByRole('cell', { name: 'Nina New', exact: true }).waitFor();
    const [mail] = await mailbox.waitFor((m) => addressOf(m) === 'nina.new@test.example');
    expect(mail.text).toMatch(/set-password\?token=/);
    const nina = (await system.call('GET', '/api/v1/users?q=nina')).body.items[0];
    expect(nina).toMatchObject({ name: 'Nina New', role: 'head', active: true });
    expect(nina.teamId).toEqual(expect.any(String));
    await checkScreen(page, 'admin-users');
  });

  it('refuses a bad email beside the field', async () => {
    const invite = page.getByRole('region', { name: 'Invite a person' });
    await invite.getByLabel('Name').fill('No Mail');
    await invite.getByLabel('Email').fill('not-an-email');
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await invite.locator('.mantine-InputWrapper-error').filter({ hasText: /email/i }).waitFor();
    expect((await system.call('GET', '/api/v1/users?q=No%20Mail')).body.total).toBe(0);
  });

  it('creates a team', async () => {
    await page.getByRole('tab', { name: 'Teams' }).click();
    await page.getByLabel('New team').fill('Sales East');
    await page.getByRole('button', { name: 'Create the team' }).click();
    await page
      .getByRole('table', { name: 'Teams' })
      .getByRole('cell', { name: 'Sales East' })
      .waitFor();
    const teams = (await system.call('GET', '/api/v1/teams')).body.items;
    expect(teams.map((t: { name: string }) => t.name)).toContain('Sales East');
    await page.getByRole('tab', { name: 'Users' }).click();
  });

  it('issues an API key shown once, which works until it is revoked', async () => {
    await page.getByRole('button', { name: 'API keys of Mia Keys' }).click();
    const dialog = page.getByRole('dialog', { name: 'API keys of Mia Keys' });
    await dialog.getByLabel('Key name').fill('laptop');
    await dialog.getByRole('button', { name: 'Issue a key' }).click();
    await dialog.getByText('it is shown only this once').waitFor();
    const key = (await dialog.locator('code').first().textContent())!;
    const withKey = () =>
      fetch(`${system.baseUrl}/api/v1/deals`, { headers: { authorization: `Bearer ${key}` } });
    expect((await withKey()).status).toBe(200);
    const row = dialog.getByRole('row').filter({ hasText: 'laptop' });
    await row.waitFor();
    await checkScreen(page, 'admin-api-keys');

    await row.getByRole('button', { name: 'Revoke the key laptop' }).click();
    await row.getByText(/revoked/).waitFor();
    expect((await withKey()).status).toBe(401);
  });

  it('is not offered to a manager', async () => {
    const context = await newContext(browser, system.baseUrl);
    const managerPage = await context.newPage();
    await signInAs(managerPage, mia);
    await managerPage.getByRole('link', { name: 'Deals' }).waitFor();
    expect(await managerPage.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    await context.close();
  });
});
