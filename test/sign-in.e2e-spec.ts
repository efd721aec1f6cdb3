import { type ParsedMail } from 'mailparser';
import { FIRST_ADMIN_EMAIL } from '../libs/crm/users/user.entity';
import { asBrowser, sessionFrom, signIn } from './support/browser-session';
import { addressOf, startTestMailbox, type TestMailbox } from './support/smtp';
import { TEST_ADMIN_PASSWORD } from './support/test-config';
import { startTestSystem, type TestSystem } from './support/test-system';

/** People signing in to the web app: sessions, CSRF, lock-out, invitations, forgotten passwords. */
describe('signing in', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;
  let url: string;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    system = await startTestSystem({ worker: false, env: { SMTP_URL: mailbox.url } });
    url = system.baseUrl;
  });
  afterAll(async () => {
    await system?.close();
    await mailbox?.close();
  });

  function linkTokenIn(mail: ParsedMail): string {
    const link = /(http\S+\/set-password\?token=(\S+))/.exec(mail.text ?? '');
    expect(link).not.toBeNull();
    expect(link![1].startsWith(system.config.publicUrl)).toBe(true);
    return decodeURIComponent(link![2]);
  }

  it('signs the first admin in with ADMIN_PASSWORD into an HttpOnly, SameSite=Lax session cookie', async () => {
    const { answer, session } = await signIn(url, FIRST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD);
    expect(answer.status).toBe(201);
    expect(answer.body.user).toMatchObject({ email: FIRST_ADMIN_EMAIL, role: 'admin' });
    expect(session).not.toBeNull();
    expect(session!.setCookie).toMatch(/HttpOnly/i);
    expect(session!.setCookie).toMatch(/SameSite=Lax/i);
    expect(session!.setCookie).toMatch(/Path=\//);
    // Plain HTTP here: no Secure flag, or the browser would drop the cookie.
    expect(session!.setCookie).not.toMatch(/Secure/i);

    const current = await asBrowser(url, 'GET', '/api/v1/session', session);
    expect(current.status).toBe(200);
    expect(current.body.user.email).toBe(FIRST_ADMIN_EMAIL);
    expect(current.body.csrfToken).toBe(session!.csrfToken);
    expect((await asBrowser(url, 'GET', '/api/v1/me', session)).body.role).toBe('admin');
  });

  it('refuses a write with the cookie but without the CSRF token, and takes it with the token', async () => {
    const { session } = await signIn(url, FIRST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD);
    const body = { name: 'Cookie Co' };
    const without = await asBrowser(url, 'POST', '/api/v1/companies', session, body, {
      csrf: false,
    });
    expect(without.status).toBe(403);
    expect(without.body.type).toBe('/problems/csrf-token-invalid');
    const wrong = await asBrowser(url, 'POST', '/api/v1/companies', session, body, {
      headers: { 'x-csrf-token': 'not-the-token' },
      csrf: false,
    });
    expect(wrong.status).toBe(403);
    expect((await system.call('GET', '/api/v1/companies?q=Cookie')).body.items).toEqual([]);
    const withToken = await asBrowser(url, 'POST', '/api/v1/companies', session, body);
    expect(withToken.status).toBe(201);
    // API keys need no CSRF token: no browser sends them by itself.
    expect((await system.call('POST', '/api/v1/companies', { name: 'Key Co' })).status).toBe(201);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const wrongPassword = await signIn(url, FIRST_ADMIN_EMAIL, 'not the password');
    const unknownEmail = await signIn(url, 'nobody@test.example', TEST_ADMIN_PASSWORD);
    for (const { answer, session } of [wrongPassword, unknownEmail]) {
      expect(answer.status).toBe(401);
      expect(session).toBeNull();
    }
    expect(unknownEmail.answer.body).toEqual(wrongPassword.answer.body);
    expect(wrongPassword.answer.body.detail).toBe('the email or password is not right');
  });

  it('ends the session on the server at sign-out', async () => {
    const { session } = await signIn(url, FIRST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD);
    const out = await asBrowser(url, 'DELETE', '/api/v1/session', session);
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/voronka_session=;/);
    // The browser may keep the cookie; the server no longer takes it.
    expect((await asBrowser(url, 'GET', '/api/v1/me', session)).status).toBe(401);
    expect((await asBrowser(url, 'GET', '/api/v1/session', session)).status).toBe(401);
  });

  it('refuses a sign-in posted from another site', async () => {
    const answer = await asBrowser(
      url,
      'POST',
      '/api/v1/session',
      null,
      { email: FIRST_ADMIN_EMAIL, password: TEST_ADMIN_PASSWORD },
      { headers: { origin: 'https://evil.example' } },
    );
    expect(answer.status).toBe(403);
    expect(sessionFrom(answer)).toBeNull();
  });

  it('invites a user by email: the link sets the password once and signs them in', async () => {
    const invited = await system.call('POST', '/api/v1/invitations', {
      name: 'Irina Invited',
      email: 'irina@test.example',
      role: 'manager',
      language: 'ru',
    });
    expect(invited.status).toBe(201);
    const expires = new Date(invited.body.expiresAt).getTime() - Date.now();
    expect(expires).toBeGreaterThan(6.9 * 24 * 3600_000);
    const [mail] = await mailbox.waitFor((m) => addressOf(m) === 'irina@test.example');
    expect(mail.subject).toBe('Приглашение в Воронку');
    const token = linkTokenIn(mail);

    // Not yet: an invited user has no password to sign in with.
    expect((await signIn(url, 'irina@test.example', 'anything at all')).answer.status).toBe(401);

    const short = await asBrowser(url, 'POST', '/api/v1/password', null, {
      token,
      password: 'short',
    });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([
      { field: 'password', problem: 'must be 10 to 200 characters' },
    ]);

    const set = await asBrowser(url, 'POST', '/api/v1/password', null, {
      token,
      password: 'irina’s long password',
    });
    expect(set.status).toBe(201);
    expect(set.body.user).toMatchObject({ email: 'irina@test.example', language: 'ru' });
    expect(sessionFrom(set)).not.toBeNull();

    const again = await asBrowser(url, 'POST', '/api/v1/password', null, {
      token,
      password: 'another long password',
    });
    expect(again.status).toBe(400);
    expect(again.body.errors).toEqual([
      { field: 'token', problem: 'the link was used already: ask for a new one' },
    ]);
    const { answer } = await signIn(url, 'irina@test.example', 'irina’s long password');
    expect(answer.status).toBe(201);
    expect(answer.body.user.role).toBe('manager');
  });

  it('lets only an admin invite', async () => {
    const manager = await system.user('manager');
    const answer = await system.call(
      'POST',
      '/api/v1/invitations',
      { name: 'X', email: 'x@test.example', role: 'manager' },
      { key: manager.key },
    );
    expect(answer.status).toBe(403);
    const bad = await system.call('POST', '/api/v1/invitations', {
      name: 'X',
      email: 'not an email',
      role: 'manager',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['email']);
  });

  it('sends a forgot-password link that ends the old sessions, and answers alike for unknown emails', async () => {
    await system.call('POST', '/api/v1/invitations', {
      name: 'Fedor Forgetful',
      email: 'fedor@test.example',
      role: 'manager',
    });
    const [invitation] = await mailbox.waitFor((m) => addressOf(m) === 'fedor@test.example');
    const first = await asBrowser(url, 'POST', '/api/v1/password', null, {
      token: linkTokenIn(invitation),
      password: 'fedor first password',
    });
    const oldSession = sessionFrom(first);

    const unknown = await asBrowser(url, 'POST', '/api/v1/password-resets', null, {
      email: 'nobody-at-all@test.example',
    });
    const known = await asBrowser(url, 'POST', '/api/v1/password-resets', null, {
      email: 'Fedor@Test.example',
    });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);

    const [reset] = await mailbox.waitFor(
      (m) => addressOf(m) === 'fedor@test.example' && m.subject === 'Set a new Voronka password',
    );
    const set = await asBrowser(url, 'POST', '/api/v1/password', null, {
      token: linkTokenIn(reset),
      password: 'fedor second password',
    });
    expect(set.status).toBe(201);
    expect((await asBrowser(url, 'GET', '/api/v1/me', oldSession)).status).toBe(401);
    expect((await signIn(url, 'fedor@test.example', 'fedor first password')).answer.status).toBe(
      401,
    );
    expect((await signIn(url, 'fedor@test.example', 'fedor second password')).answer.status).toBe(
      201,
    );
  });

  it("keeps the user's language and time zone, naming a bad field", async () => {
    const { session } = await signIn(url, FIRST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD);
    const set = await asBrowser(url, 'PUT', '/api/v1/me/preferences', session, {
      language: 'ru',
      timeZone: 'Europe/Moscow',
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ language: 'ru', timeZone: 'Europe/Moscow' });
    const read = await asBrowser(url, 'GET', '/api/v1/session', session);
    expect(read.body.user).toMatchObject({ language: 'ru', timeZone: 'Europe/Moscow' });

    const bad = await asBrowser(url, 'PUT', '/api/v1/me/preferences', session, {
      timeZone: 'Mars/Olympus',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'timeZone', problem: 'is not a known IANA time zone (like Europe/Moscow)' },
    ]);
    const badLanguage = await asBrowser(url, 'PUT', '/api/v1/me/preferences', session, {
      language: 'de',
    });
    expect(badLanguage.status).toBe(400);
    expect(badLanguage.body.errors[0].field).toBe('language');
  });

  it('slows then refuses repeated wrong passwords for the account, even the right one then', async () => {
    const email = 'locked@test.example';
    await system.call('POST', '/api/v1/invitations', { name: 'Lena', email, role: 'manager' });
    const [mail] = await mailbox.waitFor((m) => addressOf(m) === email);
    await asBrowser(url, 'POST', '/api/v1/password', null, {
      token: linkTokenIn(mail),
      password: 'lena right password',
    });

    const timings: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const started = Date.now();
      const { answer } = await signIn(url, email, `wrong password ${i}`);
      timings.push(Date.now() - started);
      expect(answer.status).toBe(401);
    }
    // The fourth failure is answered at least a second late; the fifth starts the lock.
    expect(timings[3]).toBeGreaterThanOrEqual(1000);
    const fifth = await signIn(url, email, 'wrong password 4');
    expect(fifth.answer.status).toBe(429);

    const locked = await signIn(url, email, 'lena right password');
    expect(locked.answer.status).toBe(429);
    expect(locked.answer.body.type).toBe('/problems/sign-in-locked');
    expect(Number(locked.answer.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(locked.session).toBeNull();
    // Another account from the same address is not locked with it.
    expect((await signIn(url, FIRST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)).answer.status).toBe(201);
  });
});
