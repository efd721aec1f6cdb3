import { randomUUID } from 'node:crypto';
import { MailSender } from '../libs/mail/mail-sender';
import { addressOf, startTestMailbox, type TestMailbox } from './support/smtp';
import { startTestSystem, type TestSystem } from './support/test-system';

/**
 * On the embedded database (`npm start`'s PGlite) every connection is one session, so the
 * outbox's advisory lock cannot keep two attempts at one message apart: the process does. This
 * file runs on PGlite even in CI (it drops TEST_DATABASE_URL for itself).
 */
describe('mail on the embedded database', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;

  beforeAll(async () => {
    delete process.env.TEST_DATABASE_URL;
    mailbox = await startTestMailbox({
      // A slow server: the second attempt starts while the first is still sending.
      accepting: () => new Promise((r) => setTimeout(r, 500)),
    });
    system = await startTestSystem({ worker: false, env: { SMTP_URL: mailbox.url } });
  }, 120_000);
  afterAll(async () => {
    await system?.close();
    await mailbox?.close();
  });

  it('sends a message once when attempts at it run at the same time', async () => {
    const key = `test/embedded#${randomUUID()}`;
    const to = 'buyer@embedded.test';
    const message = { key, to, subject: 'Your quote', html: '<p>Here</p>', text: 'Here' };
    const mail = system.api.get(MailSender);
    const sent = await Promise.all([mail.send(message), mail.send(message), mail.send(message)]);
    expect(sent.map((s) => s.alreadySent)).toEqual([false, true, true]);
    await new Promise((r) => setTimeout(r, 300));
    expect(mailbox.messages.filter((m) => addressOf(m) === to)).toHaveLength(1);
  });
});
