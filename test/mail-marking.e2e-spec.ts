import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { MailSender } from '../libs/mail/mail-sender';
import { addressOf, startTestMailbox, type TestMailbox } from './support/smtp';
import { startTestSystem, type TestSystem } from './support/test-system';

/**
 * A message the SMTP server took is marked sent even when the write of that waits past the
 * statement timeout: the reports' triggers on outbound_email wait for the deal's row, and a deal
 * busy for a moment made the mark fail, so the effect's retry sent the quote a second time.
 */
describe('mail marked sent', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;
  let holder: Client;
  /** The deal whose row is held once the server has the message; and the release. */
  let busy: { dealId: string; released?: Promise<void> } | undefined;

  beforeAll(async () => {
    mailbox = await startTestMailbox({
      accepting: async () => {
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
});
