import { type Page } from 'playwright-core';
import { FIRST_ADMIN_EMAIL } from '../../libs/crm/users/user.entity';
import { addressOf } from '../support/smtp';
import { TEST_ADMIN_PASSWORD } from '../support/test-config';
import { checkScreen } from './support/browser';
import { browserSuite } from './support/browser-suite';

/** Signing in to the web app in a real browser, against the real API. */
describe('the web app: signing in', () => {
  const suite = browserSuite({ worker: false });

  /** Fills the form and signs in; resolves with the API's answer to it. */
  async function signInWith(p: Page, email: string, password: string) {
    await p.getByLabel('Email').fill(email);
    await p.getByRole('textbox', { name: 'Password' }).fill(password);
    const [answer] = await Promise.all([
      p.waitForResponse(
        (r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST',
      ),
      p.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    return answer.status();
  }

  it('asks for the sign-in first, then opens the screen that was asked for', async () => {
    const p = await suite.newPage();
    await p.goto('/my-day-does-not-exist?x=1');
    await p.waitForURL(/\/sign-in\?next=/);
    await p.getByRole('heading', { name: 'Sign in to Voronka' }).waitFor();
    await checkScreen(p, 'sign-in');

    await signInWith(p, FIRST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD);
    await p.waitForURL(/\/my-day-does-not-exist\?x=1$/);
    await p.getByRole('heading', { name: 'There is no page at this address.' }).waitFor();
    await p.getByRole('link', { name: 'My day' }).click();
    await p.getByRole('heading', { name: 'My day' }).waitFor();
    await checkScreen(p, 'shell');
    await p.context().close();
  });

  it('says the email or password is wrong without saying which, and locks after repeated failures', async () => {
    const p = await suite.newPage();
    await p.goto('/sign-in');
    await signInWith(p, 'nobody@test.example', 'whatever password');
    await p.getByRole('alert').getByText('The email or password is not right.').waitFor();
    for (let i = 0; i < 4; i += 1) {
      await signInWith(p, 'nobody@test.example', `wrong ${i}`);
      await p
        .getByRole('button', { name: 'Sign in' })
        .and(p.locator(':not([data-loading])'))
        .waitFor();
    }
    await p
      .getByRole('alert')
      .getByText(/Too many failed sign-ins\. Try again in 15 minutes\./)
      .waitFor();
    await checkScreen(p, 'sign-in-locked');
    await p.context().close();
  });

  it('switches to Russian and keeps the choice with the account', async () => {
    const p = await suite.newPage();
    await p.goto('/sign-in');
    await signInWith(p, FIRST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD);
    await p.getByRole('heading', { name: 'My day' }).waitFor();
    await p.getByRole('radiogroup', { name: 'Language' }).getByText('RU').click();
    await p.getByRole('heading', { name: 'Мой день' }).waitFor();
    expect(await p.locator('html').getAttribute('lang')).toBe('ru');
    await checkScreen(p, 'shell-ru');
    // Another browser of the same user opens in Russian too.
    const other = await suite.newPage();
    await other.goto('/sign-in');
    await signInWith(other, FIRST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD);
    await other.getByRole('heading', { name: 'Мой день' }).waitFor();
    await other.getByRole('radiogroup', { name: 'Язык' }).getByText('EN').click();
    await other.getByRole('heading', { name: 'My day' }).waitFor();
    await p.context().close();
    await other.context().close();
  });

  it('signs out: the session ends and the screens ask for the sign-in again', async () => {
    const p = await suite.newPage();
    await p.goto('/sign-in');
    await signInWith(p, FIRST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD);
    await p.getByRole('button', { name: /Account of/ }).click();
    await p.getByRole('menuitem', { name: 'Sign out' }).click();
    await p.getByRole('heading', { name: 'Sign in to Voronka' }).waitFor();
    await p.goto('/');
    await p.waitForURL(/\/sign-in/);
    await p.context().close();
  });

  it('takes an invited user from the email link to their first screen, naming a bad password beside its field', async () => {
    await suite.system.call('POST', '/api/v1/invitations', {
      name: 'Vera Invited',
      email: 'vera@test.example',
      role: 'manager',
    });
    const [mail] = await suite.mailbox.waitFor((m) => addressOf(m) === 'vera@test.example');
    const link = /(http\S+\/set-password\?token=\S+)/.exec(mail.text ?? '')![1];
    const p = await suite.newPage();
    await p.goto(link.replace(suite.system.config.publicUrl, ''));
    await p.getByRole('heading', { name: 'Set your password' }).waitFor();
    await checkScreen(p, 'set-password');
    await p.getByLabel('New password').fill('short');
    await p.getByLabel('The same password again').fill('short');
    await p.getByRole('button', { name: 'Set the password and sign in' }).click();
    await p.getByText('At least 10 characters', { exact: true }).last().waitFor();
    await p.getByLabel('New password').fill('vera long password');
    await p.getByLabel('The same password again').fill('vera long password');
    await p.getByRole('button', { name: 'Set the password and sign in' }).click();
    await p.getByRole('heading', { name: 'My day' }).waitFor();
    await p.getByRole('button', { name: 'Account of Vera Invited' }).waitFor();
    await p.context().close();
  });
});
