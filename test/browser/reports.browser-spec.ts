import { type Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { checkScreen } from './support/browser';
import { type Person } from './support/people';
import { browserSuite } from './support/browser-suite';

interface FunnelStage {
  stage: string;
  name: string;
  entered: number;
  now: number;
  lost: number;
}

/** The reports in a real browser: the same figures as the reports API, charts, drill-downs. */
describe('the web app: reports', () => {
  const suite = browserSuite();
  let hal: Person;
  let mia: Person;
  let page: Page;

  // This month so far, in Berlin (the browser's and so the user's time zone).
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const period = `from=${today.slice(0, 8)}01&to=${today}&timeZone=Europe%2FBerlin`;

  const newDeal = async (title: string, source: string) =>
    (
      await suite.system.call('POST', '/api/v1/deals', {
        title,
        pipelineId: 'b2b',
        amount: '1000.00',
        responsibleId: mia.id,
        source,
      })
    ).body.id as string;
  const moveTo = async (id: string, to: string) => {
    const moved = await suite.system.call('POST', `/api/v1/deals/${id}/move`, {
      to,
      ...(to === 'lost' ? { lossReason: 'competitor' } : {}),
    });
    if (moved.status !== 200) throw new Error(`moving to ${to}: ${JSON.stringify(moved.body)}`);
  };

  beforeAll(async () => {
    const team = (await suite.system.call('POST', '/api/v1/teams', { name: 'Report team' })).body
      .id;
    hal = await suite.invite('head', { name: 'Hal Reports', teamId: team });
    mia = await suite.invite('manager', { name: 'Mia Reports', teamId: team });
    const acme = await newDeal('Acme rollout', 'web');
    const globex = await newDeal('Globex licences', 'fair');
    await newDeal('Initech upgrade', 'web');
    await eventually('the deals’ workflows', async () => {
      const list = await suite.system.call('GET', '/api/v1/activities?responsibleId=' + mia.id);
      return list.body.items.length >= 3 ? true : undefined;
    });
    await moveTo(acme, 'qualification');
    await moveTo(globex, 'lost');
    await eventually('the moves recorded', async () => {
      const deals = (await suite.system.call('GET', '/api/v1/deals?pipelineId=b2b')).body.items;
      return deals.filter((d: { stage: string }) => d.stage !== 'new').length === 2
        ? true
        : undefined;
    });
    page = await suite.newPage(hal);
  });

  it('shows the deal funnel with the same figures as the reports API, as a chart and a table', async () => {
    await page.getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    await page.getByRole('combobox', { name: 'Pipeline' }).click();
    await page.getByRole('option', { name: 'B2B sales' }).click();
    const report = (
      await suite.system.call('GET', `/api/v1/reports/deal-funnel?pipelineId=b2b&${period}`)
    ).body as { stages: FunnelStage[]; lost: { count: number } };
    expect(report.stages[0]).toMatchObject({ stage: 'new', entered: 3, now: 1 });
    const table = page.getByRole('table', { name: 'Deal funnel' });
    for (const stage of report.stages) {
      const row = table.getByRole('row', { name: new RegExp(`^${stage.name} `) });
      const cells = row.getByRole('cell');
      await cells.first().getByText(String(stage.entered), { exact: true }).waitFor();
      expect(await cells.nth(2).textContent()).toBe(String(stage.now));
      expect(await cells.nth(4).textContent()).toBe(String(stage.lost));
    }
    const lostRow = table.getByRole('row', { name: /^Lost / });
    expect(await lostRow.getByRole('cell').first().textContent()).toBe(String(report.lost.count));
    await page
      .getByRole('img', { name: /^Funnel chart, entered per stage: New 3, Qualification 1/ })
      .waitFor();
    await page.getByRole('group', { name: 'Lost' }).getByText('1', { exact: true }).waitFor();
    await checkScreen(page, 'reports-deal-funnel');
  });

  it('opens the deals a figure counts', async () => {
    await page
      .getByRole('table', { name: 'Deal funnel' })
      .getByRole('link', { name: '3: entered New' })
      .click();
    await page.getByRole('heading', { name: 'entered New', level: 1 }).waitFor();
    const list = page.getByRole('table', { name: 'entered New' });
    for (const title of ['Acme rollout', 'Globex licences', 'Initech upgrade'])
      await list.getByRole('link', { name: title }).waitFor();
    expect(await list.locator('tbody tr').count()).toBe(3);
    await checkScreen(page, 'reports-drill-down');
    await page.getByRole('button', { name: '← Back to the report' }).click();
    await page.getByRole('table', { name: 'Deal funnel' }).waitFor();
  });

  it('downloads the same figures as CSV', async () => {
    const href = await page.getByRole('link', { name: 'Download as CSV' }).getAttribute('href');
    expect(href).toContain('format=csv');
    const answer = await page.request.get(href!);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toMatch(/^text\/csv/);
    expect(await answer.text()).toContain('new');
  });

  it('shows the sales report per manager, per source and per loss reason, with the API’s figures', async () => {
    await page.getByRole('tab', { name: 'Sales' }).click();
    const table = page.getByRole('table', { name: 'Sales' });
    const row = table.getByRole('row', { name: /^Mia Reports / });
    await row.waitFor();
    const api = (await suite.system.call('GET', `/api/v1/reports/sales?pipelineId=b2b&${period}`))
      .body;
    const mine = api.groups.find((g: { key: string }) => g.key === mia.id);
    expect(mine.current.lost.count).toBe(1);
    expect(await row.getByRole('cell').nth(2).textContent()).toBe(String(mine.current.lost.count));
    expect(await row.getByRole('cell').nth(0).textContent()).toBe(String(mine.current.won.count));
    await page.getByRole('img', { name: /^Bar chart, won and lost per group/ }).waitFor();
    await checkScreen(page, 'reports-sales');

    await page.getByRole('combobox', { name: 'Group by' }).click();
    await page.getByRole('option', { name: 'Source' }).click();
    await page.waitForURL(/groupBy=source/);
    await table.getByRole('row', { name: /^fair / }).waitFor();

    // By loss reason: Globex was lost to a competitor (the reason's label, from the rules).
    await page.getByRole('combobox', { name: 'Group by' }).click();
    await page.getByRole('option', { name: 'Loss reason' }).click();
    await page.waitForURL(/groupBy=lossReason/);
    const competitor = table.getByRole('row', { name: /^Chose a competitor / });
    await competitor.waitFor();
    expect(await competitor.getByRole('cell').nth(2).textContent()).toBe('1');
  });

  it('shows the lead funnel', async () => {
    await suite.system.call('POST', '/api/v1/leads', {
      title: 'Website enquiry',
      responsibleId: mia.id,
    });
    await page.getByRole('tab', { name: 'Lead funnel' }).click();
    const table = page.getByRole('table', { name: 'Lead funnel' });
    await table.waitFor();
    const api = (await suite.system.call('GET', `/api/v1/reports/lead-funnel?${period}`)).body;
    const first = api.stages[0] as FunnelStage;
    await table
      .getByRole('row', { name: new RegExp(`^${first.name} `) })
      .getByRole('cell')
      .first()
      .getByText(String(first.entered), { exact: true })
      .waitFor();
    await checkScreen(page, 'reports-lead-funnel');
  });
});
