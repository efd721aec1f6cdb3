import { type Browser, type Page } from 'playwright-core';
import { startTestMailbox, type TestMailbox } from '../../support/smtp';
import { startTestSystem, type TestSystem } from '../../support/test-system';
import { launchBrowser, newContext } from './browser';
import { invitePerson, type Person, signInAs } from './people';

type Role = Parameters<typeof invitePerson>[2];

/** What a browser spec works with; set once the suite's beforeAll has run. */
export interface BrowserSuite {
  /** The system under test, its mail going to `mailbox`. */
  system: TestSystem;
  mailbox: TestMailbox;
  browser: Browser;
  /** A person who can sign in, invited by the admin (invitePerson). */
  invite(role: Role, options: { name: string; teamId?: string }): Promise<Person>;
  /**
   * A page in a fresh browser profile (no cookies; the API's answers held to the OpenAPI
   * document), signed in on the sign-in screen as `person` when one is given.
   */
  newPage(person?: Pick<Person, 'email' | 'password'>): Promise<Page>;
}

/**
 * The setup every browser spec shares, registered in the calling describe: before its tests the
 * test mailbox, the system (with a worker unless `worker: false`) and Chromium start; after them
 * all three close. A spec's own beforeAll, registered after this call, runs after it.
 */
export function browserSuite(options: { worker?: boolean } = {}): BrowserSuite {
  const suite = {
    async invite(role: Role, person: { name: string; teamId?: string }) {
      return invitePerson(suite.system, suite.mailbox, role, person);
    },
    async newPage(person?: Pick<Person, 'email' | 'password'>) {
      const page = await (await newContext(suite.browser, suite.system.baseUrl)).newPage();
      if (person) await signInAs(page, person);
      return page;
    },
  } as BrowserSuite;

  beforeAll(async () => {
    suite.mailbox = await startTestMailbox();
    [suite.system, suite.browser] = await Promise.all([
      startTestSystem({
        ...(options.worker === false ? { worker: false } : {}),
        env: { SMTP_URL: suite.mailbox.url },
      }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.system?.close();
    await suite.mailbox?.close();
  });
  return suite;
}
