import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
  type Response,
} from 'playwright-core';
import { holdToDocument, isJson } from '../../support/answer-check-setup';

/** Debian's Chromium (`.ci/run` installs it): Playwright cannot download its own browsers here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the tests write a screenshot of each screen they visit (not committed). */
export const SCREENSHOTS_DIR = join(__dirname, '..', '..', '..', 'test-results', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Headless, and nothing that reaches out of this closed network on its own.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (no cookies) on the system under test, as a person in Berlin. */
export async function newContext(
  browser: Browser,
  baseURL: string,
  options: { locale?: string; timezoneId?: string } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    locale: options.locale ?? 'en-GB',
    timezoneId: options.timezoneId ?? 'Europe/Berlin',
    viewport: { width: 1280, height: 800 },
  });
  context.setDefaultTimeout(15_000);
  // What the web app receives is held to docs/openapi.json as the tests' own calls are.
  context.on('response', (response) => {
    // Reading an answer fails once its page or context has closed: nothing is left to hold then.
    checkInBrowser(response).catch(() => undefined);
  });
  return context;
}

async function checkInBrowser(response: Response): Promise<void> {
  const request = response.request();
  const contentType = (await response.allHeaders())['content-type'] ?? '';
  // A conditional GET the API answered 304 shows here as the cached 200 with the 304's headers
  // (no content type): its body was held to the document when it first came.
  if (contentType === '' && (await request.allHeaders())['if-none-match']) return;
  const text = isJson(contentType) ? await response.text() : undefined;
  holdToDocument({
    method: request.method(),
    url: new URL(response.url()),
    status: response.status(),
    contentType,
    text,
    hasBody: contentType !== '',
  });
}

/**
 * No serious or critical accessibility violation on the page as it is now (axe-core), and a
 * screenshot of it under test-results/screenshots/<name>.png.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  expect({ screen: name, violations: serious }).toEqual({ screen: name, violations: [] });
}

/** Clicks a "Download CSV" link: the file's suggested name, and its rows by its header's names. */
export async function downloadCsv(
  page: Page,
  link: string,
): Promise<{ filename: string; rows: Record<string, string>[] }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link }).click(),
  ]);
  const text = await readFile((await file.path())!, 'utf8');
  return {
    filename: file.suggestedFilename(),
    rows: parse(text, { columns: true }) as Record<string, string>[],
  };
}
