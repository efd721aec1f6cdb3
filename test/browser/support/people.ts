import { type Page } from 'playwright-core';
import { addressOf, type TestMailbox } from '../../support/smtp';
import { type TestSystem } from '../../support/test-system';

export interface Person {
  id: string;
  name: string;
  email: string;
  password: string;
}

let people = 0;

/**
 * A user who can sign in: invited by the admin (the email goes through the test SMTP server), with
 * the password set through the link in it, as the person would.
 */
export async function invitePerson(
  system: TestSystem,
  mailbox: TestMailbox,
  role: 'manager' | 'head' | 'admin' | 'salesops',
  options: { name: string; teamId?: string },
): Promise<Person> {
  people += 1;
  const email = `${role}.${people}.${Date.now()}@test.example`;
  const invited = await system.call('POST', '/api/v1/invitations', {
    name: options.name,
    email,
    role,
    ...(options.teamId ? { teamId: options.teamId } : {}),
  });
  if (invited.status !== 201) throw new Error(`inviting ${email}: ${JSON.stringify(invited.body)}`);
  const [mail] = await mailbox.waitFor((m) => addressOf(m) === email);
  const token = /set-password\?token=(\S+)/.exec(mail.text ?? '')![1];
  const password = `${options.name} long password`;
  const set = await system.call('POST', '/api/v1/password', { token, password }, { key: null });
  if (set.status !== 201) throw new Error(`setting the password: ${JSON.stringify(set.body)}`);
  return { id: invited.body.userId, name: options.name, email, password };
}

/** Signs in on the sign-in screen and waits for the first screen. */
export async function signInAs(page: Page, person: Pick<Person, 'email' | 'password'>) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(person.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation').waitFor();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
