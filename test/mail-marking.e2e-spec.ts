import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { CONCURRENT_MAIL_SENDS, MailSender } from '../libs/mail/mail-sender';
import { addressOf, startTestMailbox, type TestMailbox } from './support/smtp';
import { startTestSystem, type TestSystem } from './support/test-system';

/**
 * A message the SMTP server took is marked sent even when the write of that waits past the
 * statement timeout: the reports' triggers on outbound_email wait for the deal's row, and a deal
 * busy for a moment made the mark fail, so the effect's retry sent the quote a second time.
 * And two attempts at one message at once (an effect retried while its first attempt still
 * runs) send it once; an attempt whose process died does not keep the others from sending.
 */
describe('mail marked sent', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;
  let holder: Client;
  /** The deal whose row is held once the server has the message; and the release. */
  let busy: { dealId: string; released?: Promise<void> } | undefined;
  /** How long the SMTP server takes to accept a message (ms); 0 answers at once. */
  let slowness = 0;
  /** Messages the server is accepting now, and the most at once. */
  const accepting = { now: 0, most: 0 };

  beforeAll(async () => {
    mailbox = await startTestMailbox({
      accepting: async () => {
        accepting.most = Math.max(accepting.most, ++accepting.now);
        if (slowness) await new Promise((r) => setTimeout(r, slowness));
        accepting.now--;
        if (!busy) return;
        const hold = busy;
        await holder.query('begin');
        await holder.query('select id from deal where id = $1 for update', [hold.dealId]);
        // Released after one and a half statement timeouts: the first mark fails, a later one not.
        hold.released = new Promise((resolve) =>
          setTimeout(() => void holder.query('commit').then(() => resolve()), 1_500),
        );
      },
    });
    system = await startTestSystem({
      worker: false,
      env: { SMTP_URL: mailbox.url, DATABASE_STATEMENT_TIMEOUT_MS: '1000' },
    });
    holder = new Client({ connectionString: system.config.database.url });
    await holder.connect();
  }, 60_000);
  afterAll(async () => {
    await holder?.end();
    await system?.close();
    await mailbox?.close();
  });

  const message = (key: string) => ({
    key,
    to: 'buyer@busy.test',
    subject: 'Your quote Q-BUSY',
    html: '<p>Here it is</p>',
    text: 'Here it is',
  });

  it("is sent once and marked, though its deal's row is held past the statement timeout", async () => {
    const deal = await system.call('POST', '/api/v1/deals', { title: 'Busy', pipelineId: 'b2b' });
    expect(deal.status).toBe(201);
    const key = `deal-${deal.body.id}/test#${randomUUID()}`;
    busy = { dealId: deal.body.id };
    const sent = await system.api.get(MailSender).send(message(key));
    expect(busy.released).toBeDefined();
    await busy.released;
    busy = undefined;
    expect(sent.alreadySent).toBe(false);
    const [row] = await system.api
      .get(MikroORM)
      .em.fork()
      .getConnection()
      .execute<{ status: string }[]>('select status from outbound_email where key = ?', [key]);
    expect(row.status).toBe('sent');
    // A retry of the effect finds it sent and sends nothing.
    expect((await system.api.get(MailSender).send(message(key))).alreadySent).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(mailbox.messages.filter((m) => addressOf(m) === 'buyer@busy.test')).toHaveLength(1);
  });

  const statusOf = async (key: string) =>
    (
      await system.api
        .get(MikroORM)
        .em.fork()
        .getConnection()
        .execute<{ status: string }[]>('select status from outbound_email where key = ?', [key])
    )[0]?.status;

  it('sends a message once when two attempts at it run at the same time', async () => {
    const key = `test/two-at-once#${randomUUID()}`;
    const to = `twice-${randomUUID().slice(0, 8)}@busy.test`;
    slowness = 1_000;
    try {
      const mail = system.api.get(MailSender);
      const [first, second] = await Promise.all([
        mail.send({ ...message(key), to }),
        new Promise((r) => setTimeout(r, 100)).then(() => mail.send({ ...message(key), to })),
      ]);
      // The second waited for the first, then found the message sent.
      expect([first.alreadySent, second.alreadySent]).toEqual([false, true]);
      expect(second.messageId).toBe(first.messageId);
    } finally {
      slowness = 0;
    }
    expect(await statusOf(key)).toBe('sent');
    await new Promise((r) => setTimeout(r, 300));
    expect(mailbox.messages.filter((m) => addressOf(m) === to)).toHaveLength(1);
  });

  it('lets another attempt send once the attempt that held the message has died', async () => {
    const key = `test/died#${randomUUID()}`;
    const to = `died-${randomUUID().slice(0, 8)}@busy.test`;
    // An attempt of a worker that died mid-send: its row says sending, its session held the lock.
    const dying = new Client({ connectionString: system.config.database.url });
    await dying.connect();
    await dying.query(
      `insert into outbound_email (id, key, "to", subject, status, message_id, created_at)
       values ($1, $2, $3, 'Your quote', 'sending', '<x@voronka>', now())`,
      [randomUUID(), key, to],
    );
    await dying.query(`select pg_advisory_lock(hashtext('outbound_email:' || $1))`, [key]);
    // While it lives, another attempt does not send: it says why, and the effect retries later.
    await expect(system.api.get(MailSender).send({ ...message(key), to })).rejects.toThrow(
      /being sent by another attempt/,
    );
    expect(mailbox.messages.filter((m) => addressOf(m) === to)).toHaveLength(0);
    // Its process dies: its connection, and the lock with it.
    await dying.end();
    const sent = await system.api.get(MailSender).send({ ...message(key), to });
    expect(sent.alreadySent).toBe(false);
    expect(await statusOf(key)).toBe('sent');
    await new Promise((r) => setTimeout(r, 300));
    expect(mailbox.messages.filter((m) => addressOf(m) === to)).toHaveLength(1);
  });

  it('sends a burst a few at a time, each on a connection of its own, and every message of it', async () => {
    const to = `burst-${randomUUID().slice(0, 8)}@busy.test`;
    const burst = CONCURRENT_MAIL_SENDS * 2 + 1;
    slowness = 300;
    accepting.most = 0;
    try {
      const mail = system.api.get(MailSender);
      const sent = await Promise.all(
        Array.from({ length: burst }, (_, i) =>
          mail.send({ ...message(`test/burst#${randomUUID()}`), to, subject: `Burst ${i}` }),
        ),
      );
      expect(sent.filter((s) => !s.alreadySent)).toHaveLength(burst);
    } finally {
      slowness = 0;
    }
    expect(accepting.most).toBe(CONCURRENT_MAIL_SENDS);
    expect(mailbox.messages.filter((m) => addressOf(m) === to)).toHaveLength(burst);
  });
});
