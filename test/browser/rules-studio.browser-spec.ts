import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { checkScreen } from './support/browser';
import { type Person } from './support/people';
import { browserSuite } from './support/browser-suite';

/** The rules studio in a real browser: edit and check, draw, compare, preview, publish, migrate. */
describe('the web app: the rules studio', () => {
  const suite = browserSuite();
  let sol: Person;
  let page: Page;
  const dealIds: string[] = [];

  /** The shipped b2b rules, as published at start: which line holds what. */
  const shipped = readFileSync(join(__dirname, '../../rules/b2b/rules.yaml'), 'utf8').split('\n');
  const lineOf = (text: string) => shipped.indexOf(text) + 1;

  /** Goes to the end of line `n` with the keyboard (the editor scrolls it into view). */
  const goToLineEnd = async (n: number) => {
    await editor().click();
    await page.keyboard.press('Control+Home');
    for (let i = 1; i < n; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
  };

  const editor = () => page.getByRole('textbox', { name: 'rules.yaml of B2B sales' });
  /** The editor's line that holds `text` (CodeMirror draws one element a line). */
  const line = (text: string | RegExp) => page.locator('.cm-line').filter({ hasText: text });

  beforeAll(async () => {
    sol = await suite.invite('salesops', { name: 'Sol Ops' });
    // Three deals in negotiation (their quote reminders every 3 days) and one still new.
    const mia = await suite.system.user('manager', { name: 'Mia Manager' });
    for (const title of ['Acme rollout', 'Globex licences', 'Initech upgrade', 'Hooli pilot']) {
      const deal = await suite.system.call('POST', '/api/v1/deals', {
        title,
        pipelineId: 'b2b',
        amount: '5000.00',
        responsibleId: mia.id,
      });
      if (deal.status !== 201) throw new Error(JSON.stringify(deal.body));
      dealIds.push(deal.body.id);
    }
    for (const id of dealIds.slice(0, 3)) {
      await eventually('the deal’s workflow', async () => {
        const moved = await suite.system.call('POST', `/api/v1/deals/${id}/move`, {
          to: 'negotiation',
        });
        return moved.status < 300 ? true : undefined;
      });
    }
    await eventually('three deals in negotiation', async () => {
      const stages = await Promise.all(
        dealIds.map(
          async (id) => (await suite.system.call('GET', `/api/v1/deals/${id}`)).body.stage,
        ),
      );
      return stages.filter((s) => s === 'negotiation').length === 3 ? true : undefined;
    });
    page = await suite.newPage(sol);
  });

  it('lists the rule sets and their versions, and opens one in the editor', async () => {
    await page.getByRole('link', { name: 'Rules' }).click();
    const ruleSets = page.getByRole('table', { name: 'Rule sets' });
    await ruleSets.getByRole('link', { name: 'B2B sales' }).click();
    const versions = page.getByRole('table', { name: 'Versions' });
    await versions.getByRole('link', { name: 'Version 4' }).click();
    await page.getByRole('heading', { name: 'B2B sales · Version 4' }).waitFor();
    await editor().waitFor();
    await page.getByText('The rules are valid.').waitFor();
    await checkScreen(page, 'rules-editor');
  });

  it('marks an error at its line as one types, and offers the checker’s fix', async () => {
    // The first transition of "new" goes to "qualification" (a line far enough down that the
    // editor draws it only once scrolled to: the keyboard takes the cursor there).
    const n = lineOf('      - to: qualification');
    const target = line(/^ {6}- to: qualification$/);
    await goToLineEnd(n);
    await page.keyboard.type('x');
    await page.getByText('1 error(s), 0 warning(s)').waitFor();
    // The mark is in the line typed, at the stage's name.
    const marked = page.locator('.cm-line', { has: page.locator('.cm-lintRange-error') });
    expect(await marked.count()).toBe(1);
    expect(await marked.textContent()).toBe('      - to: qualificationx');
    expect(await target.count()).toBe(0);
    const problems = page.getByRole('region', { name: 'Problems' });
    await problems.getByText(`Line ${n}, column 13`).waitFor();
    await problems.getByText(/stage "qualificationx" does not exist/).waitFor();
    await checkScreen(page, 'rules-editor-problem');

    await problems.getByRole('button', { name: `Change line ${n} to “qualification”` }).click();
    await page.getByText('The rules are valid.').waitFor();
    await line('      - to: qualification').first().waitFor();
    expect(await page.locator('.cm-lintRange-error').count()).toBe(0);
  });

  it('draws, compares and simulates the edited rules', async () => {
    // Shorten the quote follow-up from 3 to 2 days, as version 5.
    await goToLineEnd(lineOf('      - every: 3d'));
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('2d');
    await goToLineEnd(lineOf('version: 4'));
    await page.keyboard.press('Backspace');
    await page.keyboard.type('5');
    await page.getByText('The rules are valid.').waitFor();
    await page.getByText('Edited: not published').waitFor();

    await page.getByRole('tab', { name: 'Graph' }).click();
    const graph = page.getByRole('img', { name: 'The pipeline as a graph' });
    await graph.waitFor();
    expect(await graph.locator('[data-stage]').count()).toBe(7);
    expect(await graph.locator('[data-stage="negotiation"]').textContent()).toContain(
      'every 2d ×2: send_email quote-reminder contact',
    );
    expect(await graph.locator('[data-edge="quote->negotiation"]').textContent()).toContain(
      'quote_sent',
    );
    await checkScreen(page, 'rules-graph');

    await page.getByRole('tab', { name: 'Diff' }).click();
    await page.getByText('+       - every: 2d').waitFor();
    await page.getByText('-       - every: 3d').waitFor();

    await page.getByRole('tab', { name: 'Simulate' }).click();
    await page.getByRole('button', { name: 'Run the scenario' }).click();
    const timeline = page.getByRole('table', { name: 'Timeline' });
    await timeline.getByRole('cell', { name: 'stage', exact: true }).first().waitFor();
    await page.getByText(/Ends in won/).waitFor();
    await checkScreen(page, 'rules-simulate');
  });

  it('previews the impact on the deals running now, publishes with a note, and migrates them', async () => {
    await page.getByRole('tab', { name: 'Impact and publish' }).click();
    await page.getByRole('button', { name: 'Preview the impact' }).click();
    await page.getByRole('button', { name: 'Show the changed records' }).waitFor();
    expect(await page.getByRole('button', { name: 'Show the changed records' }).textContent()).toBe(
      'changed: 3',
    );
    expect(
      await page.getByRole('button', { name: 'Show the unaffected records' }).textContent(),
    ).toBe('unaffected: 1');
    const changed = page.getByRole('table', { name: 'Records: changed' });
    for (const title of ['Acme rollout', 'Globex licences', 'Initech upgrade']) {
      await changed.getByRole('link', { name: title }).waitFor();
    }
    expect(await changed.getByText(/re-timed: .*follow-up 1 of 2/).count()).toBe(3);
    await checkScreen(page, 'rules-impact');

    await page.getByLabel('Note (why this version)').fill('quote follow-up every 2 days');
    await page.getByRole('button', { name: 'Publish version 5' }).click();
    await page.getByText('Version 5 is published.').waitFor();
    const latest = (await suite.system.call('GET', '/api/v1/rules/b2b')).body;
    expect(latest).toMatchObject({ version: 5, note: 'quote follow-up every 2 days' });
    expect(latest.source['rules.yaml']).toContain('every: 2d');

    await page.getByRole('button', { name: 'Migrate the records to version 5' }).click();
    const progress = page.getByRole('region', { name: 'Migration from v4 to v5' });
    await progress.getByText('4 of 4 done').waitFor({ timeout: 60_000 });
    await progress.getByText('completed', { exact: true }).waitFor();
    await progress.getByText('migrated 4, refused 0, failed 0, remaining 0').waitFor();
    await checkScreen(page, 'rules-migration');
    for (const id of dealIds) {
      expect((await suite.system.call('GET', `/api/v1/deals/${id}`)).body.rulesVersion).toBe(5);
    }
    const [migration] = (await suite.system.call('GET', '/api/v1/rules/b2b/migrations')).body.items;
    expect(migration).toMatchObject({
      fromVersion: 4,
      toVersion: 5,
      status: 'completed',
      note: 'quote follow-up every 2 days',
      counts: { migrated: 4, refused: 0, failed: 0, migrating: 0 },
    });
  });

  it('pauses, resumes and watches a rollback to its end', async () => {
    const start = page.getByRole('region', { name: 'Start a migration' });
    await start.getByRole('combobox', { name: 'From version' }).click();
    await page.getByRole('option', { name: 'Version 5' }).click();
    await start.getByRole('combobox', { name: 'To version' }).click();
    await page.getByRole('option', { name: 'Version 4' }).click();
    await start.getByLabel('Batch size').fill('1');
    await start.getByLabel(/At most records a second/).fill('1');
    await start.getByLabel('Note').fill('roll back');
    await start.getByRole('button', { name: 'Start the migration' }).click();
    const progress = page.getByRole('region', { name: 'Migration from v5 to v4' });
    await progress.getByRole('button', { name: 'Pause' }).click();
    await progress.getByText('paused', { exact: true }).waitFor();
    const paused = (await suite.system.call('GET', '/api/v1/rules/b2b/migrations')).body.items[0];
    expect(paused).toMatchObject({ status: 'paused', fromVersion: 5, toVersion: 4 });
    expect(paused.remaining).toBeGreaterThan(0);
    await progress.getByRole('button', { name: 'Resume' }).click();
    await progress.getByText('4 of 4 done').waitFor({ timeout: 60_000 });
    await progress.getByText('completed', { exact: true }).waitFor();
    for (const id of dealIds) {
      expect((await suite.system.call('GET', `/api/v1/deals/${id}`)).body.rulesVersion).toBe(4);
    }
  });
});
