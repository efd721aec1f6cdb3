import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config';
import { tryLockForSession, unlockForSession } from '../sql/advisory-lock';

export interface OutgoingMessage {
  /** What sends it, unique: a second send with the same key sends nothing. */
  key: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /** The record the message concerns: its timeline shows the message. */
  record?: { type: 'lead' | 'deal' | 'contact' | 'company'; id: string };
}

export interface SendResult {
  messageId: string;
  /** True when the key had been sent before and nothing went out now. */
  alreadySent: boolean;
}

/** Tries at marking a sent message's row (MailSender.markSent). */
const MARK_SENT_ATTEMPTS = 3;

/** How long an attempt at a message waits for another attempt at it to finish. */
const IN_FLIGHT_WAIT_MS = 3_000;

/**
 * How many attempts of one process send at once, each on a database connection of its own
 * (outside the pool); more wait their turn. A burst of quotes must not open a connection each.
 */
export const CONCURRENT_MAIL_SENDS = 4;

/** A statement on the attempt's own connection: its rows. */
type Sql = <R = Record<string, unknown>>(query: string, bindings?: unknown[]) => Promise<R[]>;

/**
 * Another attempt at the same message is sending it now (and did not finish in a few seconds).
 * Not a domain error: an effect's retry comes back later and finds the message sent.
 */
export class MailInFlightError extends Error {
  constructor(readonly key: string) {
    super(`the message ${key} is being sent by another attempt now; try again shortly`);
    this.name = 'MailInFlightError';
  }
}

/** The Message-ID of the message sent under a key: the same on every try. */
export const messageIdFor = (key: string) =>
  `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@voronka>`;

/**
 * Sends mail through nodemailer: to `SMTP_URL` when set, else (the embedded default) into
 * `DATA_DIR/outbox/` as `.eml` files, logged. Each message is keyed: the row is written before the
 * transport is called and marked sent after, so a retry never sends a message twice once it was
 * marked, and two attempts at once never both send (one waits for the other: `send`); the
 * Message-ID is derived from the key, so a receiver can drop the duplicate of the one unlucky
 * case (a crash after the server accepted the message and before it was marked).
 */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;
  private readonly outbox?: string;

  constructor(
    private readonly orm: MikroORM,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    if (config.smtpUrl) {
      this.transport = nodemailer.createTransport(config.smtpUrl);
    } else {
      this.outbox = join(config.dataDir, 'outbox');
      this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
    }
  }

  get from(): string {
    return this.config.seller.email
      ? `${this.config.seller.name} <${this.config.seller.email}>`
      : `${this.config.seller.name} <noreply@voronka.local>`;
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    const messageId = messageIdFor(message.key);
    // One attempt at a time per message: the attempt holds a lock of its own connection's
    // session from before it reads the row until the row says `sent` or `failed`. A second
    // attempt (an effect retried while the first still runs, a double click) waits for it and
    // then finds the message sent; if the first attempt's process died, its connection and its
    // lock died with it, and the second sends.
    return this.holdingMessage(message.key, async (sql) => {
      const [existing] = await sql<{ status: string; message_id: string }>(
        'select status, message_id from outbound_email where key = ?',
        [message.key],
      );
      if (existing?.status === 'sent') return { messageId: existing.message_id, alreadySent: true };
      if (!existing) {
        await sql(
          `insert into outbound_email
             (id, key, "to", subject, body, record_type, record_id, status, message_id, created_at)
           values (?, ?, ?, ?, ?, ?, ?, 'sending', ?, now())
           on conflict (key) do nothing`,
          [
            crypto.randomUUID(),
            message.key,
            message.to,
            message.subject.slice(0, 500),
            message.text,
            message.record?.type ?? null,
            message.record?.id ?? null,
            messageId,
          ],
        );
      } else if (existing.status === 'failed') {
        await sql(`update outbound_email set status = 'sending', error = null where key = ?`, [
          message.key,
        ]);
      }
      let info: { message: unknown };
      try {
        info = (await this.transport.sendMail({
          from: this.from,
          to: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
          messageId,
          attachments: message.attachments,
        })) as { message: unknown };
      } catch (error) {
        // Kept as failed with the reason, for the timeline and a retry; the caller hears it too.
        const reason = error instanceof Error ? error.message : String(error);
        await sql(`update outbound_email set status = 'failed', error = ? where key = ?`, [
          reason.slice(0, 2000),
          message.key,
        ]);
        this.logger.warn(`mail to ${message.to} "${message.subject}" failed: ${reason}`);
        throw error;
      }
      if (this.outbox) {
        await mkdir(this.outbox, { recursive: true });
        const file = join(this.outbox, `${Date.now()}-${messageId.slice(1, 17)}.eml`);
        await writeFile(file, info.message as Buffer);
        this.logger.log(`mail to ${message.to} "${message.subject}" written to ${file}`);
      } else {
        this.logger.log(`mail to ${message.to} "${message.subject}" sent (${messageId})`);
      }
      await this.markSent(sql, message.key);
      return { messageId, alreadySent: false };
    });
  }

  /**
   * Runs `work` on a connection of its own, outside the pool, holding the message's lock (a
   * session advisory lock, waited for a little); unlocks and closes the connection after. A lock
   * never outlives its attempt, and a process that dies frees it with its connection.
   */
  private async holdingMessage<T>(key: string, work: (sql: Sql) => Promise<T>): Promise<T> {
    await this.takeTurn();
    const knex = this.orm.em.getConnection().getKnex();
    const lock = `outbound_email:${key}`;
    let connection: { on(event: 'error', listener: (error: Error) => void): void } | undefined;
    try {
      connection = await knex.client.acquireRawConnection();
      // A connection that drops while idle emits an error: heard here, not a crash.
      connection!.on('error', (error) => this.logger.warn(`a mail connection: ${error.message}`));
      const sql: Sql = async <R>(query: string, bindings: unknown[] = []) =>
        ((await knex.raw(query, bindings as never[]).connection(connection)) as { rows: R[] }).rows;
      await this.waitForLock(sql, lock, key);
      try {
        return await work(sql);
      } finally {
        // Unlocked before closing: the embedded PGlite serves every connection from one
        // session, where a lock would outlive its connection.
        await unlockForSession(sql, lock).catch(() => undefined);
      }
    } finally {
      if (connection) await knex.client.destroyRawConnection(connection).catch(() => undefined);
      this.endTurn();
    }
  }

  private sending = 0;
  private readonly queued: Array<() => void> = [];

  /** Waits until fewer than CONCURRENT_MAIL_SENDS attempts of this process are sending. */
  private async takeTurn(): Promise<void> {
    if (this.sending < CONCURRENT_MAIL_SENDS) {
      this.sending++;
      return;
    }
    // The turn is handed over by endTurn, the count unchanged.
    await new Promise<void>((resolve) => this.queued.push(resolve));
  }

  private endTurn(): void {
    const next = this.queued.shift();
    if (next) next();
    else this.sending--;
  }

  /** Takes the message's lock, waiting a little for an attempt that holds it; else throws. */
  private async waitForLock(sql: Sql, lock: string, key: string): Promise<void> {
    const until = Date.now() + IN_FLIGHT_WAIT_MS;
    for (;;) {
      const locked = await tryLockForSession(sql, lock);
      if (locked) return;
      if (Date.now() >= until) throw new MailInFlightError(key);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * The row says `sent` once the transport took the message. Writing that can fail for a moment
   * (the reports' triggers on this table wait for the record's row; a wait past the statement
   * timeout fails the write), and a failure here would have the effect's retry send the message
   * again: so it is tried again, briefly (well within the effect's own timeout).
   */
  private async markSent(sql: Sql, key: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await sql(`update outbound_email set status = 'sent', sent_at = now() where key = ?`, [
          key,
        ]);
        return;
      } catch (error) {
        if (attempt >= MARK_SENT_ATTEMPTS) throw error;
        this.logger.warn(
          `marking ${key} sent failed (${error instanceof Error ? error.message : String(error)}), trying again`,
        );
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
