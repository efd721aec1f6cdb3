import { type Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { checkScreen } from './support/browser';
import { type Person } from './support/people';
import { browserSuite } from './support/browser-suite';

/** The deal page in a real browser: fields, stage moves, documents, the automation view. */
describe('the web app: the deal page', () => {
  const suite = browserSuite();
  let mia: Person;
  let page: Page;
  let dealId: string;
  let othersDealId: string;
  let quoteNumber: string;

  /** Picks a stage in "Move to" (again if a live refetch closed the list meanwhile). */
  const pickStage = (name: string) =>
    eventually(`${name} picked`, async () => {
      const select = page.getByRole('combobox', { name: 'Move to' });
      if ((await select.inputValue()) === name) return true;
      await select.click();
      await page.getByRole('option', { name, exact: true }).click({ timeout: 2_000 });
      return undefined;
    });
  const dealNow = async () => (await suite.system.call('GET', `/api/v1/deals/${dealId}`)).body;
  const currentStage = () =>
    page.getByRole('navigation', { name: 'Stages' }).locator('[aria-current="step"]');

  beforeAll(async () => {
    const team = (await suite.system.call('POST', '/api/v1/teams', { name: 'Page team' })).body.id;
    const otherTeam = (await suite.system.call('POST', '/api/v1/teams', { name: 'Other team' }))
      .body.id;
    mia = await suite.invite('manager', { name: 'Mia Page', teamId: team });
    const olga = await suite.system.user('manager', { teamId: otherTeam, name: 'Olga Other' });
    const deal = await suite.system.call('POST', '/api/v1/deals', {
      title: 'Globex licences',
      pipelineId: 'b2b',
      amount: '12500.00',
      responsibleId: mia.id,
    });
    dealId = deal.body.id;
    othersDealId = (
      await suite.system.call('POST', '/api/v1/deals', {
        title: 'Olga’s secret deal',
        pipelineId: 'b2b',
        amount: '10.00',
        responsibleId: olga.id,
      })
    ).body.id;
    const quote = await suite.system.call('POST', '/api/v1/quotes', {
      currency: 'USD',
      dealId,
      responsibleId: mia.id,
      rows: [{ name: 'Licence', quantity: '10', unitPrice: '1250.00' }],
    });
    quoteNumber = quote.body.number;
    await suite.system.call('POST', '/api/v1/products', {
      name: 'Seat licence',
      sku: 'SEAT',
      price: '1250.00',
      currency: 'USD',
      taxRate: '19',
      unit: 'seat',
    });
    // The workflow has started and planned the qualifying call.
    await eventually('the deal’s automation', async () => {
      const view = (await suite.system.call('GET', `/api/v1/deals/${dealId}/automation`)).body;
      return view.pendingTimers?.length ? view : undefined;
    });
    page = await suite.newPage(mia);
  });

  it('opens from the board: stage bar, fields, documents, timeline and automation', async () => {
    await page.goto('/deals');
    await page.getByRole('link', { name: 'Globex licences' }).click();
    await page.getByRole('heading', { name: 'Globex licences', level: 1 }).waitFor();
    expect(await currentStage().textContent()).toBe('New');
    expect(await page.getByLabel('Title').inputValue()).toBe('Globex licences');
    expect(await page.getByLabel('Amount (USD)').inputValue()).toBe('12500.00');

    const quotes = page.getByRole('table', { name: 'Quotes' });
    await quotes.getByRole('cell', { name: quoteNumber, exact: true }).waitFor();
    await quotes.getByRole('cell', { name: '$12,500.00' }).waitFor();
    const pdf = quotes.getByRole('link', { name: `PDF of ${quoteNumber}` });
    expect(await pdf.getAttribute('href')).toMatch(/^\/api\/v1\/quotes\/[0-9a-f-]+\/pdf$/);
    const answer = await page.request.get((await pdf.getAttribute('href'))!);
    expect(answer.headers()['content-type']).toBe('application/pdf');

    const automation = (await suite.system.call('GET', `/api/v1/deals/${dealId}/automation`)).body;
    const panel = page.getByRole('region', { name: 'Automation' });
    await panel.getByText(automation.pendingTimers[0].description).first().waitFor();
    await panel.getByText(automation.lastEvents[0].what).first().waitFor();

    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Created in New').waitFor();
    await timeline.getByText('Call: Qualify Globex licences').waitFor();
    await timeline.getByText(`Quote ${quoteNumber}`).waitFor();
    await checkScreen(page, 'deal-page');
  });

  it('saves changed fields at the version read', async () => {
    const before = await dealNow();
    await page.getByLabel('Amount (USD)').fill('15000.00');
    // The source is picked from the lead sources catalogue, by its name.
    await page.getByRole('combobox', { name: 'Source' }).click();
    await page.getByRole('option', { name: 'Trade fair' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const after = await dealNow();
    expect(after).toMatchObject({ amount: '15000.00', source: 'fair' });
    expect(after.version).toBe(before.version + 1);
    await page.getByText('$15,000.00').first().waitFor();
  });

  it('shows the API’s field errors beside the field', async () => {
    await page.getByLabel('Amount (USD)').fill('lots');
    await page.getByRole('button', { name: 'Save' }).click();
    const amount = page.getByLabel('Amount (USD)');
    await eventually('the field marked', async () =>
      (await amount.getAttribute('aria-invalid')) === 'true' ? true : undefined,
    );
    await page
      .getByText(/amount/i)
      .and(page.locator('.mantine-InputWrapper-error'))
      .waitFor();
    expect((await dealNow()).amount).toBe('15000.00');
    await page.getByLabel('Amount (USD)').fill('15000.00');
  });

  it('shows a change made meanwhile instead of overwriting it', async () => {
    await page.getByLabel('Title').fill('Globex licences, 20 seats');
    const stale = await dealNow();
    await suite.system.call(
      'PATCH',
      `/api/v1/deals/${dealId}`,
      { title: 'Globex licences renewed' },
      { headers: { 'if-match': `"${stale.version}"` } },
    );
    await page.getByRole('button', { name: 'Save' }).click();
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'Someone changed this deal meanwhile' });
    await alert.waitFor();
    await alert.getByText('Title: Globex licences renewed').waitFor();
    expect((await dealNow()).title).toBe('Globex licences renewed');
    await checkScreen(page, 'deal-page-stale');
    await alert.getByRole('button', { name: /Take the current version/ }).click();
    expect(await page.getByLabel('Title').inputValue()).toBe('Globex licences renewed');
  });

  it('moves the deal, and shows the rules’ reason when they refuse', async () => {
    await pickStage('Qualification');
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    await eventually('the bar on Qualification', async () =>
      (await currentStage().textContent()) === 'Qualification' ? true : undefined,
    );
    await page.getByRole('region', { name: 'Timeline' }).getByText('New → Qualification').waitFor();
    expect((await dealNow()).stage).toBe('qualification');

    await pickStage('New');
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Moving to “New” was refused' });
    await alert.getByText('"Qualification" does not allow moving back to "New"').waitFor();
    expect(await currentStage().textContent()).toBe('Qualification');
  });

  it('takes a comment into the timeline', async () => {
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByLabel('Add a comment').fill('They want a discount for 20 seats.');
    await timeline.getByRole('button', { name: 'Comment', exact: true }).click();
    await timeline
      .locator('.mantine-Timeline-item')
      .getByText('They want a discount for 20 seats.')
      .waitFor();
    await eventually('the box emptied', async () =>
      (await timeline.getByLabel('Add a comment').inputValue()) === '' ? true : undefined,
    );
    const items = (await suite.system.call('GET', `/api/v1/deals/${dealId}/timeline`)).body.items;
    expect(items[0]).toMatchObject({ kind: 'comment', actorId: mia.id });
  });

  it('creates a quote from catalogue and free rows, its totals shown as typed', async () => {
    await page.getByRole('button', { name: 'New quote' }).click();
    const dialog = page.getByRole('dialog', { name: 'New quote (USD)' });
    const row1 = dialog.getByRole('group', { name: 'Row 1' });
    await row1.getByRole('combobox', { name: 'Product' }).click();
    await page.getByRole('option', { name: 'Seat licence (SEAT)' }).click();
    expect(await row1.getByLabel('Unit price (USD)').inputValue()).toBe('1250');
    expect(await row1.getByLabel('Tax, %').inputValue()).toBe('19');
    await row1.getByLabel('Quantity').fill('3');
    await row1.getByLabel('Discount, %').fill('10');
    await dialog.getByRole('button', { name: 'Add a row' }).click();
    const row2 = dialog.getByRole('group', { name: 'Row 2' });
    await row2.getByLabel('Name').fill('Onboarding workshop');
    await row2.getByLabel('Quantity').fill('1.5');
    await row2.getByLabel('Unit price (USD)').fill('333.33');
    // 3 × 1,250 less 10 % is 3,375 net and 641.25 tax; 1.5 × 333.33 = 499.995 rounds half-up to 500.
    const totals = dialog.getByRole('table', { name: 'Totals' });
    const total = totals.getByRole('row', { name: /^Total/ });
    await total.getByRole('cell', { name: '$3,875.00' }).waitFor();
    await total.getByRole('cell', { name: '$641.25' }).waitFor();
    await total.getByRole('cell', { name: '$4,516.25' }).waitFor();
    await checkScreen(page, 'quote-form');

    await row2.getByLabel('Quantity').fill('0');
    await dialog.getByRole('button', { name: 'Create the quote' }).click();
    await eventually('the quantity marked', async () =>
      (await row2.getByLabel('Quantity').getAttribute('aria-invalid')) === 'true'
        ? true
        : undefined,
    );
    const quotesNow = async () =>
      (await suite.system.call('GET', `/api/v1/quotes?dealId=${dealId}`)).body.items;
    expect(await quotesNow()).toHaveLength(1);

    await row2.getByLabel('Quantity').fill('1.5');
    await dialog.getByRole('button', { name: 'Create the quote' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const created = (await quotesNow()).find((q: { number: string }) => q.number !== quoteNumber);
    expect(created.totals).toMatchObject({ net: '3875.00', tax: '641.25', total: '4516.25' });
    expect(created.rows.map((r: { name: string }) => r.name)).toEqual([
      'Seat licence',
      'Onboarding workshop',
    ]);
    const quotes = page.getByRole('table', { name: 'Quotes' });
    const row = quotes.getByRole('row').filter({ hasText: created.number });
    await row.getByRole('cell', { name: '$4,516.25' }).waitFor();
    const pdf = row.getByRole('link', { name: `PDF of ${created.number}` });
    const answer = await page.request.get((await pdf.getAttribute('href'))!);
    expect(answer.headers()['content-type']).toBe('application/pdf');
  });

  it('does not open another team’s deal by its address', async () => {
    await page.goto(`/deals/${othersDealId}`);
    await page.getByText('There is no such deal, or it is not yours to see.').waitFor();
    expect(await page.getByText('Olga’s secret deal').count()).toBe(0);
  });

  it('asks why when the deal is moved to Lost, and shows it on the page and in the timeline', async () => {
    await page.goto(`/deals/${dealId}`);
    await pickStage('Lost');
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /^Why is “.+” lost\?$/ });
    await dialog.getByRole('combobox', { name: 'Loss reason' }).click();
    await page.getByRole('option', { name: 'Too expensive', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Note' }).fill('They found a cheaper offer');
    await dialog.getByRole('button', { name: 'Move to “Lost”' }).click();
    await page.getByText('Lost: Too expensive · They found a cheaper offer').waitFor();
    await page
      .getByRole('region', { name: 'Timeline' })
      .getByText(/loss reason: Too expensive · They found a cheaper offer/)
      .waitFor();
    expect(await dealNow()).toMatchObject({
      outcome: 'lost',
      lossReason: 'price',
      lossNote: 'They found a cheaper offer',
    });
  });
});
