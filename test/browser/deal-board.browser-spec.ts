import { type Locator, type Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { checkScreen, downloadCsv } from './support/browser';
import { type Person } from './support/people';
import { browserSuite } from './support/browser-suite';

/** The deal board in a real browser, against the real API, worker and rules. */
describe('the web app: the deal board', () => {
  const suite = browserSuite();
  let mia: Person;
  let page: Page;

  const newDeal = async (title: string, extra: Record<string, unknown> = {}) =>
    (
      await suite.system.call('POST', '/api/v1/deals', {
        title,
        pipelineId: 'b2b',
        amount: '12500.00',
        responsibleId: mia.id,
        ...extra,
      })
    ).body as { id: string };
  const stageOf = async (id: string) =>
    (await suite.system.call('GET', `/api/v1/deals/${id}`)).body.stage as string;

  const column = (stage: string) => page.locator(`section[data-stage="${stage}"]`);
  /** A card at rest in a column (not waiting for its move's answer). */
  const card = (stage: string, title: string) =>
    column(stage)
      .getByRole('article', { name: title, exact: true })
      .and(page.locator(':not([aria-busy])'));

  /** Drags with the mouse, in small steps, as a person would. */
  async function drag(from: Locator, to: Locator) {
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2, { steps: 3 });
    await page.mouse.move(b.x + b.width / 2, b.y + 80, { steps: 12 });
    await page.mouse.up();
  }

  beforeAll(async () => {
    const team = (await suite.system.call('POST', '/api/v1/teams', { name: 'Board team' })).body.id;
    mia = await suite.invite('manager', { name: 'Mia Board', teamId: team });
    const company = await suite.system.call('POST', '/api/v1/companies', {
      name: 'Globex',
      responsibleId: mia.id,
    });
    await newDeal('Globex licences', { companyId: company.body.id, source: 'web' });
    await newDeal('Initech upgrade', { amount: '800.00', source: 'fair' });
    page = await suite.newPage(mia);
  });

  it('shows a column per stage with its count and amount, and cards with what matters', async () => {
    await page.getByRole('link', { name: 'Deals' }).click();
    await page.getByRole('heading', { name: 'Deals', level: 1 }).waitFor();
    const globex = card('new', 'Globex licences');
    await globex.waitFor();
    await expectText(globex, 'Globex');
    await expectText(globex, 'Mia Board');
    await expectText(globex, '$12,500.00');
    // The rules' first call, four hours ahead.
    await expectText(globex, /Call in [34] hours/);
    await expectText(column('new'), '$13,300.00');
    expect(await column('new').getByLabel('2 deals').count()).toBe(1);
    for (const stage of ['New', 'Qualification', 'Quote', 'Negotiation', 'Invoice', 'Won', 'Lost'])
      await page.getByRole('heading', { name: stage, level: 2 }).waitFor();
    await checkScreen(page, 'deal-board');
  });

  it('moves a deal dragged forward: the stage and its history change', async () => {
    const deal = await newDeal('Acme rollout');
    await page.reload();
    await card('new', 'Acme rollout').waitFor();
    await drag(card('new', 'Acme rollout'), column('qualification'));
    await card('qualification', 'Acme rollout').waitFor();
    await eventually('the deal in qualification', async () =>
      (await stageOf(deal.id)) === 'qualification' ? true : undefined,
    );
    const history = await suite.system.call('GET', `/api/v1/deals/${deal.id}/history`);
    expect(history.body.items.map((c: { to: string }) => c.to)).toEqual(['new', 'qualification']);
    expect(history.body.items[1]).toMatchObject({ cause: 'manual', byUserId: mia.id });
  });

  it('puts a refused drag back and shows the rules’ reason', async () => {
    await card('qualification', 'Acme rollout').waitFor();
    await drag(card('qualification', 'Acme rollout'), column('new'));
    const alert = page.getByRole('alert').filter({ hasText: 'Moving “Acme rollout” was refused' });
    await alert.waitFor();
    await expectText(alert, '"Qualification" does not allow moving back to "New"');
    await card('qualification', 'Acme rollout').waitFor();
    expect(await card('new', 'Acme rollout').count()).toBe(0);
    await checkScreen(page, 'deal-board-refused');
  });

  it('moves a deal by the keyboard, and through its "Move to…" menu', async () => {
    const handle = card('new', 'Initech upgrade').getByRole('button', { name: /^Drag “Initech/ });
    await handle.focus();
    // What a screen reader hears at each step (dnd-kit's live region).
    const said = (text: string) =>
      page.getByText(text, { exact: true }).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await said('“Initech upgrade” is over New.');
    await page.keyboard.press('ArrowRight');
    await said('“Initech upgrade” is over Qualification.');
    await page.keyboard.press('Space');
    await card('qualification', 'Initech upgrade').waitFor();

    await card('new', 'Globex licences')
      .getByRole('button', { name: 'Move “Globex licences” to…' })
      .click();
    await page.getByRole('menuitem', { name: 'Lost' }).click();
    // A move to a lost stage asks why first: one of the pipeline's loss reasons, and a note.
    const dialog = page.getByRole('dialog', { name: 'Why is “Globex licences” lost?' });
    const confirm = dialog.getByRole('button', { name: 'Move to “Lost”' });
    await confirm.waitFor();
    expect(await confirm.isDisabled()).toBe(true); // no reason picked yet
    await dialog.getByRole('combobox', { name: 'Loss reason' }).click();
    await page.getByRole('option', { name: 'Chose a competitor', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Went with Initech');
    await confirm.click();
    await card('lost', 'Globex licences').waitFor();
    const lost = await eventually('the reason kept', async () => {
      const deals = (await suite.system.call('GET', '/api/v1/deals?lossReason=competitor')).body
        .items;
      return deals.length === 1 ? deals[0] : undefined;
    });
    expect(lost).toMatchObject({
      title: 'Globex licences',
      lossReason: 'competitor',
      lossNote: 'Went with Initech',
    });
  });

  it('filters by search and shows the same deals as a list', async () => {
    await page.getByRole('textbox', { name: 'Search' }).fill('initech');
    await eventually('one card left', async () =>
      (await page.locator('article[data-deal-id]').count()) === 1 ? true : undefined,
    );
    await page.getByRole('textbox', { name: 'Search' }).fill('');
    await page.getByText('List', { exact: true }).click();
    const table = page.getByRole('table', { name: 'Deals' });
    await table.getByRole('cell', { name: 'Acme rollout', exact: true }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
    await checkScreen(page, 'deal-list');
  });

  it('downloads the list view’s deals as CSV, under its filters', async () => {
    const titles = async () => {
      const file = await downloadCsv(page, 'Download CSV');
      expect(file.filename).toMatch(/^deals-\d{4}-\d{2}-\d{2}\.csv$/);
      return file.rows.map((r) => r.title).sort();
    };
    const table = page.getByRole('table', { name: 'Deals' });
    const shown = (await table.locator('tbody tr td:first-child').allInnerTexts()).sort();
    expect(shown).toHaveLength(3);
    expect(await titles()).toEqual(shown);
    await page.getByRole('textbox', { name: 'Search' }).fill('initech');
    await eventually('one row left', async () =>
      (await table.locator('tbody tr').count()) === 1 ? true : undefined,
    );
    expect(await titles()).toEqual(['Initech upgrade']);
  });

  it('filters the list and the board by a custom field of deals', async () => {
    const defined = await suite.system.call('POST', '/api/v1/custom-fields', {
      recordType: 'deal',
      code: 'priority',
      label: 'Priority',
      type: 'list',
      options: ['high', 'low'],
    });
    expect(defined.status).toBe(201);
    await newDeal('Hooli pilot', { custom: { priority: 'high' } });
    await newDeal('Umbrella trial', { custom: { priority: 'low' } });
    await page.getByRole('textbox', { name: 'Search' }).fill('');
    await page.reload(); // the fields are read as the screen opens
    const table = page.getByRole('table', { name: 'Deals' });
    await table.getByRole('cell', { name: 'Umbrella trial', exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Priority' }).click();
    await page.getByRole('option', { name: 'high' }).click();
    await eventually('one row left', async () =>
      (await table.locator('tbody tr').count()) === 1 ? true : undefined,
    );
    expect(await table.locator('tbody tr td:first-child').allInnerTexts()).toEqual(['Hooli pilot']);
    expect(new URL(page.url()).searchParams.get('custom.priority')).toBe('high');
    // The board under the same filter: one card.
    await page.getByText('Board', { exact: true }).click();
    await card('new', 'Hooli pilot').waitFor();
    await eventually('one card', async () =>
      (await page.locator('article[data-deal-id]').count()) === 1 ? true : undefined,
    );
    await checkScreen(page, 'deal-board-custom-filter');
  });
});

async function expectText(locator: Locator, text: string | RegExp) {
  await locator.getByText(text).first().waitFor();
}
