import { type Browser, type Page } from 'playwright-core';
import { startTestMailbox, type TestMailbox } from '../support/smtp';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { checkScreen, launchBrowser, newContext } from './support/browser';
import { invitePerson, type Person, signInAs } from './support/people';

/** The rules studio in a real browser: edit and check, draw, compare, preview, publish, migrate. */
describe('the web app: the rules studio', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;
  let browser: Browser;
  let sol: Person;
  let page: Page;

  const editor = () => page.getByRole('textbox', { name: 'rules.yaml of B2B sales' });
  /** The editor's line that holds `text` (CodeMirror draws one element a line). */
  const line = (text: string | RegExp) => page.locator('.cm-line').filter({ hasText: text });

  /** Puts the cursor at the end of the line holding `text`. */
  const endOf = async (text: string) => {
    await line(text).first().click();
    await page.keyboard.press('End');
  };

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    [system, browser] = await Promise.all([
      startTestSystem({ env: { SMTP_URL: mailbox.url } }),
      launchBrowser(),
    ]);
    sol = await invitePerson(system, mailbox, 'salesops', { name: 'Sol Ops' });
    const context = await newContext(browser, system.baseUrl);
    page = await context.newPage();
    await signInAs(page, sol);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
    await mailbox?.close();
  });

  it('lists the rule sets and their versions, and opens one in the editor', async () => {
    await page.getByRole('link', { name: 'Rules' }).click();
    const ruleSets = page.getByRole('table', { name: 'Rule sets' });
    await ruleSets.getByRole('link', { name: 'B2B sales' }).click();
    const versions = page.getByRole('table', { name: 'Versions' });
    await versions.getByRole('link', { name: 'Version 3' }).click();
    await page.getByRole('heading', { name: 'B2B sales · Version 3' }).waitFor();
    await editor().waitFor();
    await page.getByText('The rules are valid.').waitFor();
    await checkScreen(page, 'rules-editor');
  });

  it('marks an error at its line as one types, and offers the checker’s fix', async () => {
    // The first transition of "new" goes to "qualification" (line 32 of the shipped file).
    const target = line(/^ {6}- to: qualification$/);
    await endOf('- to: qualification');
    await page.keyboard.type('x');
    await page.getByText('1 error(s), 0 warning(s)').waitFor();
    // The mark is in the line typed, at the stage's name.
    const marked = page.locator('.cm-line', { has: page.locator('.cm-lintRange-error') });
    expect(await marked.count()).toBe(1);
    expect(await marked.textContent()).toBe('      - to: qualificationx');
    expect(await target.count()).toBe(0);
    const problems = page.getByRole('region', { name: 'Problems' });
    await problems.getByText('Line 32, column 13').waitFor();
    await problems.getByText(/stage "qualificationx" does not exist/).waitFor();
    await checkScreen(page, 'rules-editor-problem');

    await problems.getByRole('button', { name: 'Change line 32 to “qualification”' }).click();
    await page.getByText('The rules are valid.').waitFor();
    await line('      - to: qualification').first().waitFor();
    expect(await page.locator('.cm-lintRange-error').count()).toBe(0);
  });
});
