import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config';
import { OutboundEmail } from './outbound-email.entity';

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

/** The Message-ID of the message sent under a key: the same on every try. */
export const messageIdFor = (key: string) =>
  `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@voronka>`;

/**
 * Sends mail through nodemailer: to `SMTP_URL` when set, else (the embedded default) into
 * `DATA_DIR/outbox/` as `.eml` files, logged. Each message is keyed: the row is written before the
 * transport is called and marked sent after, so a retry never sends a message twice once it was
 * marked; the Message-ID is derived from the key, so a receiver can drop the duplicate of the one
 * unlucky case (a crash after the server accepted the message and before it was marked).
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
    const em = this.orm.em.fork();
    const existing = await em.findOne(OutboundEmail, { key: message.key });
    if (existing?.status === 'sent') return { messageId: existing.messageId, alreadySent: true };
    if (!existing) {
      await em
        .createQueryBuilder(OutboundEmail)
        .insert({
          id: crypto.randomUUID(),
          key: message.key,
          to: message.to,
          subject: message.subject.slice(0, 500),
          body: message.text,
          recordType: message.record?.type ?? null,
          recordId: message.record?.id ?? null,
          status: 'sending',
          messageId,
          createdAt: new Date(),
        })
        .onConflict('key')
        .ignore()
        .execute();
    } else if (existing.status === 'failed') {
      await em.nativeUpdate(
        OutboundEmail,
        { key: message.key },
        { status: 'sending', error: null },
      );
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
      await em.nativeUpdate(
        OutboundEmail,
        { key: message.key },
        { status: 'failed', error: reason.slice(0, 2000) },
      );
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
    await this.markSent(message.key);
    return { messageId, alreadySent: false };
  }

  /**
   * The row says `sent` once the transport took the message. Writing that can fail for a moment
   * (the reports' triggers on this table wait for the record's row; a wait past the statement
   * timeout fails the write), and a failure here would have the effect's retry send the message
   * again: so it is tried again, briefly (well within the effect's own timeout).
   */
  private async markSent(key: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.orm.em
          .fork()
          .nativeUpdate(OutboundEmail, { key }, { status: 'sent', sentAt: new Date() });
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
