import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface SmtpTestServerOptions {
  /** Recipients the server refuses with `550 5.1.1 No such user` (consulted live: a test may change it). */
  rejectRecipients?: Set<string>;
  /** Called when a message's data has arrived, before the answer: return false to never answer. */
  beforeAnswer?: (message: ReceivedMessage, index: number) => boolean;
  /** Extra smtp-server options (auth, TLS). */
  server?: Partial<SMTPServerOptions>;
}

export interface ReceivedMessage {
  envelopeTo: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

/**
 * A real SMTP server on 127.0.0.1 (any free port) for delivery tests: it keeps every message it
 * receives, parsed back with mailparser, and can refuse recipients or stop answering.
 *
 * @example
 * const smtp = await startSmtpTestServer();
 * // … deliver to 127.0.0.1:smtp.port …
 * await smtp.close();
 */
export async function startSmtpTestServer(options: SmtpTestServerOptions = {}) {
  const received: ReceivedMessage[] = [];
  const auths: string[] = [];
  const reject = options.rejectRecipients ?? new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      auths.push(auth.username ?? '');
      callback(null, { user: auth.username });
    },
    onRcptTo(address, _session, callback) {
      if (reject.has(address.address)) {
        const error = Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        void simpleParser(raw).then((parsed) => {
          const message = { envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, parsed };
          received.push(message);
          if (options.beforeAnswer?.(message, received.length - 1) === false) return; // never answers
          callback(null, `2.0.0 Ok: queued as Q${received.length}`);
        });
      });
    },
    ...options.server,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    auths,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
