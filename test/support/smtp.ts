import { type AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestMailbox {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** Every message received, parsed (subject, to, text, html, attachments). */
  messages: ParsedMail[];
  /** Waits until `count` messages match, and returns them. */
  waitFor(
    match: (m: ParsedMail) => boolean,
    count?: number,
    timeoutMs?: number,
  ): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a free port that keeps what it receives, for the tests to read. `refuse`
 * may turn a recipient away with a 550 and its reason (what a real server does to a bad address);
 * `accepting` may do something at the moment the server has the message and the sender waits.
 */
export async function startTestMailbox(
  options: {
    refuse?: (to: string) => string | undefined;
    /** Runs once a message is received and before the server answers that it took it. */
    accepting?: (mail: ParsedMail) => Promise<void>;
  } = {},
): Promise<TestMailbox> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const reason = options.refuse?.(address.address);
      if (!reason) return callback();
      callback(Object.assign(new Error(reason), { responseCode: 550 }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          messages.push(mail);
          await options.accepting?.(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(match, count = 1, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.filter(match);
        if (found.length >= count) return found;
        if (Date.now() > until)
          throw new Error(
            `expected ${count} matching message(s) within ${timeoutMs} ms; received: ${messages.map((m) => `"${m.subject}" to ${addressOf(m)}`).join(', ') || 'none'}`,
          );
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function addressOf(m: ParsedMail): string {
  const to = Array.isArray(m.to) ? m.to[0] : m.to;
  return to?.value[0]?.address ?? '';
}
