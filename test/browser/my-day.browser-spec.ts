import { type Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { checkScreen } from './support/browser';
import { type Person } from './support/people';
import { browserSuite } from './support/browser-suite';

interface Activity {
  id: string;
  subject: string;
  status: string;
  dueAt: string;
  remindBeforeMinutes: number | null;
}

/** My day in a real browser: a manager's counters, agenda and upcoming automation. */
describe('the web app: My day', () => {
  const suite = browserSuite();
  let mia: Person;
  let hal: Person;
  let page: Page;
  let dealId: string;
  let brochure: Activity;

  const hours = (n: number) => new Date(Date.now() + n * 3600_000).toISOString();
  const activity = async (id: string) =>
    (await suite.system.call('GET', `/api/v1/activities/${id}`)).body as Activity;
  const upcomingOf = async (person: Person) =>
    (await suite.system.call('GET', `/api/v1/automation/upcoming?responsibleId=${person.id}`)).body
      .items as { recordTitle: string; description: string }[];
  const section = (name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });
  const counter = (name: string) => page.getByRole('group', { name, exact: true });

  beforeAll(async () => {
    const team = (await suite.system.call('POST', '/api/v1/teams', { name: 'Day team' })).body.id;
    mia = await suite.invite('manager', { name: 'Mia Day', teamId: team });
    hal = await suite.invite('head', { name: 'Hal Head', teamId: team });
    const deal = await suite.system.call('POST', '/api/v1/deals', {
      title: 'Globex licences',
      pipelineId: 'b2b',
      amount: '12500.00',
      responsibleId: mia.id,
    });
    dealId = deal.body.id;
    // The rules' qualifying call, brought to a few minutes from now (today wherever the test runs).
    const call = await eventually('the rules’ call', async () => {
      const list = await suite.system.call('GET', `/api/v1/activities?dealId=${dealId}`);
      return (list.body.items as Activity[]).find((a) => a.subject === 'Qualify Globex licences');
    });
    await suite.system.call('POST', `/api/v1/activities/${call.id}/reschedule`, {
      dueAt: hours(0.1),
    });
    brochure = (
      await suite.system.call('POST', '/api/v1/activities', {
        type: 'task',
        subject: 'Send the brochure',
        dueAt: hours(-50),
        dealId,
        responsibleId: mia.id,
      })
    ).body;
    page = await suite.newPage(mia);
  });

  it('opens on the counters, the overdue and today’s activities, and the upcoming automation', async () => {
    await page.getByRole('heading', { name: 'My day', level: 1 }).waitFor();
    await counter('Due today').getByText('1', { exact: true }).waitFor();
    await counter('Overdue').getByText('1', { exact: true }).waitFor();
    const overdue = page.getByRole('table', { name: /^Overdue/ });
    await overdue.getByRole('row', { name: /Send the brochure/ }).waitFor();
    const today = page.getByRole('table', { name: /^Today/ });
    await today.getByRole('row', { name: /Qualify Globex licences/ }).waitFor();
    expect(await today.getByRole('row').count()).toBe(2);

    const upcoming = await upcomingOf(mia);
    expect(upcoming.length).toBeGreaterThan(0);
    const automation = section('Upcoming automation');
    await automation.getByRole('link', { name: 'Globex licences' }).first().waitFor();
    await automation.getByText(upcoming[0].description).first().waitFor();
    await checkScreen(page, 'my-day');
  });

  it('completes the call with its outcome: it leaves the day and the rules move the deal on', async () => {
    await page.getByRole('button', { name: 'Done: Qualify Globex licences' }).click();
    const dialog = page.getByRole('dialog', { name: 'Done: Qualify Globex licences' });
    await dialog.getByLabel('Outcome').fill('interested');
    await checkScreen(page, 'my-day-complete');
    await dialog.getByRole('button', { name: 'Mark as done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Nothing more is due today.').waitFor();
    await counter('Due today').getByText('0', { exact: true }).waitFor();
    await eventually('the deal in qualification', async () =>
      (await suite.system.call('GET', `/api/v1/deals/${dealId}`)).body.stage === 'qualification'
        ? true
        : undefined,
    );
    // The automation of the new stage shows without a reload.
    const next = await eventually('the new stage’s automation', async () =>
      (await upcomingOf(mia)).find((u) => /Qualification|Discovery/i.test(u.description)),
    );
    await section('Upcoming automation').getByText(next.description).first().waitFor();
  });

  it('reschedules an overdue activity to tomorrow, with a reminder', async () => {
    await page.getByRole('button', { name: 'Reschedule: Send the brochure' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reschedule: Send the brochure' });
    const time = dialog.getByLabel('New time');
    expect(await time.inputValue()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    await dialog.getByRole('combobox', { name: 'Remind me' }).click();
    await page.getByRole('option', { name: '15 minutes before' }).click();
    await dialog.getByRole('button', { name: 'Reschedule' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Nothing is overdue.').waitFor();
    await counter('Overdue').getByText('0', { exact: true }).waitFor();
    const moved = await activity(brochure.id);
    expect(new Date(moved.dueAt).getTime()).toBeGreaterThan(Date.now() + 20 * 3600_000);
    expect(moved.status).toBe('planned');
    expect(moved.remindBeforeMinutes).toBe(15);
  });

  it('cancels an activity from the list', async () => {
    const contract = (
      await suite.system.call('POST', '/api/v1/activities', {
        type: 'email',
        subject: 'Send the contract',
        dueAt: hours(0.2),
        dealId,
        responsibleId: mia.id,
      })
    ).body as Activity;
    const row = page.getByRole('row', { name: /Send the contract/ });
    // A change made elsewhere shows without a reload.
    await row.waitFor();
    await row.getByRole('button', { name: 'Cancel: Send the contract' }).click();
    await row.waitFor({ state: 'detached' });
    expect((await activity(contract.id)).status).toBe('cancelled');
  });

  it('lets a head look at a team member’s day', async () => {
    const headPage = await suite.newPage(hal);
    await headPage.getByRole('heading', { name: 'My day', level: 1 }).waitFor();
    await headPage.getByRole('combobox', { name: 'Whose day' }).click();
    await headPage.getByRole('option', { name: 'Mia Day' }).click();
    await headPage.waitForURL(/person=/);
    await headPage
      .getByRole('region', { name: 'Upcoming automation' })
      .getByRole('link', { name: 'Globex licences' })
      .first()
      .waitFor();
    await headPage.context().close();
  });
});
