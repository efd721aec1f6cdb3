import { type Page } from 'playwright-core';
import { addressOf } from '../support/smtp';
import { checkScreen, downloadCsv } from './support/browser';
import { type Person } from './support/people';
import { browserSuite } from './support/browser-suite';

/** The admin's screen in a real browser: users, invitations, teams, API keys. */
describe('the web app: admin', () => {
  const suite = browserSuite();
  let ada: Person;
  let mia: Person;
  let page: Page;

  beforeAll(async () => {
    await suite.system.call('POST', '/api/v1/teams', { name: 'Admin team' });
    ada = await suite.invite('admin', { name: 'Ada Admin' });
    mia = await suite.invite('manager', { name: 'Mia Keys' });
    page = await suite.newPage(ada);
  });

  /** The rows of the CSV a "Download CSV" link gives, each by its header's names. */
  const downloaded = async (link: string) => (await downloadCsv(page, link)).rows;

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
    const [mail] = await suite.mailbox.waitFor((m) => addressOf(m) === 'nina.new@test.example');
    expect(mail.text).toMatch(/set-password\?token=/);
    const nina = (await suite.system.call('GET', '/api/v1/users?q=nina')).body.items[0];
    expect(nina).toMatchObject({ name: 'Nina New', role: 'head', active: true });
    expect(nina.teamId).toEqual(expect.any(String));
    await checkScreen(page, 'admin-users');
    const listed = await downloaded('Download CSV: Users');
    expect(listed.find((r) => r.email === 'nina.new@test.example')).toMatchObject({
      name: 'Nina New',
      role: 'head',
    });
  });

  it('refuses a bad email beside the field', async () => {
    const invite = page.getByRole('region', { name: 'Invite a person' });
    await invite.getByLabel('Name').fill('No Mail');
    await invite.getByLabel('Email').fill('not-an-email');
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await invite.locator('.mantine-InputWrapper-error').filter({ hasText: /email/i }).waitFor();
    expect((await suite.system.call('GET', '/api/v1/users?q=No%20Mail')).body.total).toBe(0);
  });

  it('creates a team', async () => {
    await page.getByRole('tab', { name: 'Teams' }).click();
    await page.getByLabel('New team').fill('Sales East');
    await page.getByRole('button', { name: 'Create the team' }).click();
    await page
      .getByRole('table', { name: 'Teams' })
      .getByRole('cell', { name: 'Sales East' })
      .waitFor();
    const teams = (await suite.system.call('GET', '/api/v1/teams')).body.items;
    expect(teams.map((t: { name: string }) => t.name)).toContain('Sales East');
    // Its list as CSV: every team, by name.
    expect((await downloaded('Download CSV: Teams')).map((r) => r.name)).toEqual(
      expect.arrayContaining(['Sales East', 'Admin team']),
    );
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
      fetch(`${suite.system.baseUrl}/api/v1/deals`, {
        headers: { authorization: `Bearer ${key}` },
      });
    expect((await withKey()).status).toBe(200);
    const row = dialog.getByRole('row').filter({ hasText: 'laptop' });
    await row.waitFor();
    await checkScreen(page, 'admin-api-keys');

    await row.getByRole('button', { name: 'Revoke the key laptop' }).click();
    await row.getByText(/revoked/).waitFor();
    expect((await withKey()).status).toBe(401);
  });

  it('changes a user’s name, role and team, and deactivates them', async () => {
    const team = (await suite.system.call('GET', '/api/v1/teams')).body.items.find(
      (t: { name: string }) => t.name === 'Admin team',
    );
    const before = (await suite.system.call('GET', `/api/v1/users/${mia.id}`)).body;
    const keys = page.getByRole('dialog', { name: 'API keys of Mia Keys' });
    if (await keys.count()) await keys.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Edit Mia Keys' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Mia Keys' });
    await dialog.getByLabel('Name').fill('Mia Head');
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Head of sales' }).click();
    await dialog.getByRole('combobox', { name: 'Team' }).click();
    await page.getByRole('option', { name: 'Admin team' }).click();
    await checkScreen(page, 'admin-user-edit');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const users = page.getByRole('table', { name: 'Users' });
    const row = users.getByRole('row').filter({ hasText: 'Mia Head' });
    await row.getByRole('cell', { name: 'Head of sales' }).waitFor();
    const after = (await suite.system.call('GET', `/api/v1/users/${mia.id}`)).body;
    expect(after).toMatchObject({ name: 'Mia Head', role: 'head', teamId: team.id, active: true });
    expect(after.version).toBe(before.version + 1);

    await row.getByRole('button', { name: 'Edit Mia Head' }).click();
    const again = page.getByRole('dialog', { name: 'Edit Mia Head' });
    await again.getByRole('switch', { name: /^Active/ }).uncheck();
    await again.getByText('revokes their API keys for good').waitFor();
    await again.getByRole('button', { name: 'Save' }).click();
    await row.getByText('deactivated').waitFor();
    expect((await suite.system.call('GET', `/api/v1/users/${mia.id}`)).body.active).toBe(false);
    // Back as she was, for the manager's test below.
    await suite.system.call('PATCH', `/api/v1/users/${mia.id}`, {
      name: 'Mia Keys',
      role: 'manager',
      teamId: null,
      active: true,
    });
  });

  it('registers a webhook endpoint, changes it, gives it a new secret and removes it', async () => {
    await page.getByRole('tab', { name: 'Webhooks' }).click();
    await page.waitForURL(/tab=webhooks/);
    const form = page.getByRole('region', { name: 'Register an endpoint' });
    await form.getByLabel('Name').fill('erp');
    await form.getByLabel('URL').fill('ftp://erp.example/hooks');
    await form.getByLabel('Events').fill('deal.won');
    await form.getByLabel('Events').press('Enter');
    await form.getByRole('button', { name: 'Register an endpoint' }).click();
    await form.locator('.mantine-InputWrapper-error').filter({ hasText: /url/ }).waitFor();
    await form.getByLabel('URL').fill('https://erp.example/hooks');
    await form.getByRole('button', { name: 'Register an endpoint' }).click();
    const firstSecret = (await page
      .locator('pre')
      .filter({ hasText: /^whsec_/ })
      .textContent())!;
    expect(firstSecret).toMatch(/^whsec_[\w-]{43}$/);
    await page.getByText('The signing secret of erp').waitFor();
    const table = page.getByRole('table', { name: 'Webhooks' });
    const row = table.getByRole('row').filter({ hasText: 'https://erp.example/hooks' });
    await row.getByText('deal.won').waitFor();
    await page.mouse.move(1270, 790);
    await checkScreen(page, 'admin-webhooks');

    await row.getByRole('button', { name: 'Edit the endpoint erp' }).click();
    const edit = page.getByRole('dialog', { name: 'The endpoint erp' });
    await edit.getByLabel('URL').fill('https://erp.example/v2/hooks');
    await edit.getByLabel('Events').fill('lead.junk');
    await edit.getByLabel('Events').press('Enter');
    await edit.getByRole('button', { name: 'Save' }).click();
    const moved = table.getByRole('row').filter({ hasText: 'https://erp.example/v2/hooks' });
    await moved.getByText('lead.junk').waitFor();
    const [endpoint] = (await suite.system.call('GET', '/api/v1/webhook-endpoints')).body;
    expect(endpoint).toMatchObject({
      name: 'erp',
      url: 'https://erp.example/v2/hooks',
      events: ['deal.won', 'lead.junk'],
    });

    await moved.getByRole('button', { name: 'Give erp a new secret' }).click();
    await page
      .getByRole('dialog', { name: 'Give erp a new secret' })
      .getByRole('button', { name: 'Yes' })
      .click();
    await page
      .locator('pre')
      .filter({ hasText: /^whsec_/ })
      .filter({ hasNotText: firstSecret })
      .waitFor();

    await moved.getByRole('button', { name: 'Deliveries to erp' }).click();
    const deliveries = page.getByRole('dialog', { name: 'Deliveries to erp' });
    await deliveries.getByText('Nothing was delivered to it yet.').waitFor();
    await deliveries.getByRole('button', { name: 'Close' }).click();

    await moved.getByRole('button', { name: 'Remove the endpoint erp' }).click();
    await page
      .getByRole('dialog', { name: 'Remove the endpoint erp' })
      .getByRole('button', { name: 'Yes' })
      .click();
    await moved.waitFor({ state: 'detached' });
    expect((await suite.system.call('GET', '/api/v1/webhook-endpoints')).body).toEqual([]);
    await page.getByRole('tab', { name: 'Users' }).click();
  });

  it('is not offered to a manager', async () => {
    const managerPage = await suite.newPage(mia);
    await managerPage.getByRole('link', { name: 'Deals' }).waitFor();
    expect(await managerPage.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    await managerPage.context().close();
  });
});
