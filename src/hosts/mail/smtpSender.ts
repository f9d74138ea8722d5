import { Readable } from 'node:stream';
import type SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { MailSender, SendOutcome, SmtpOptions } from './mailSender';
import { sendOutcomeOf, type SmtpErrorLike } from './sendOutcomeOf';

/**
 * A `MailSender` over one SMTP session of nodemailer (SPEC §9 `--smtp`), opened at the first
 * message and reused for the next ones; after a refused message the session is reset and kept,
 * after a lost one the next message opens a new session. `security`: `tls` connects over TLS,
 * `starttls` requires the STARTTLS upgrade, `none` stays in plain text and never logs in,
 * even when a user and password are given. The password is only passed on to the server's AUTH
 * and never logged (nodemailer's logger is off).
 *
 * It drives nodemailer's SMTP connection (the one its SMTP transport uses) rather than the
 * transport: the transport reads the whole `raw` message ahead, before the server agreed to take
 * it, and its pool re-queues messages on its own, so neither tells whether a lost connection
 * happened before the message went out (`failed`, safe to retry) or after (`unknown`).
 *
 * @example
 * const sender = createSmtpSender({ host: 'smtp.example.org', port: 587, security: 'starttls', user: 'club', password: process.env.RENEWAL_RUNS_SMTP_PASSWORD });
 * const outcome = await sender.send({ from: 'club@example.org', to: 'ana@example.org' }, composeMessage(message));
 * await sender.close();
 */
export function createSmtpSender(options: SmtpOptions): MailSender {
  let session: Session | null = null;

  function drop(): void {
    void session?.ready.then((connection) => connection.close()).catch(() => undefined);
    session = null;
  }

  return {
    async send(envelope, raw): Promise<SendOutcome> {
      if (session && !session.alive) drop();
      session ??= openSession(options);
      let connection: SMTPConnection;
      try {
        connection = await session.ready;
      } catch (error) {
        session = null;
        return sendOutcomeOf(error as SmtpErrorLike, false);
      }
      // Nodemailer pipes the message only after the server's 354 to DATA; its end means every
      // byte went to the connection, and the end-of-data mark right after it.
      const message = Readable.from([Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)]);
      let dataSent = false;
      message.on('end', () => (dataSent = true));
      const result = await new Promise<{ error: SmtpErrorLike | null; response?: string }>((resolve) =>
        connection.send({ from: envelope.from, to: [envelope.to] }, message, (error, info) => resolve({ error, response: info?.response })),
      );
      if (!result.error) return { status: 'sent', detail: result.response ?? '' };
      const refused = (result.error.code === 'EENVELOPE' || result.error.code === 'EMESSAGE') && result.error.responseCode !== 421;
      // Only this message was refused, the session is fine: RSET and keep it for the next one.
      if (!(refused && session.alive && (await reset(connection)))) drop();
      return sendOutcomeOf(result.error, dataSent);
    },

    async close(): Promise<void> {
      const current = session;
      session = null;
      const connection = await current?.ready.catch(() => null);
      if (!connection || !current?.alive) return connection?.close();
      await new Promise<void>((resolve) => {
        connection.once('end', resolve);
        connection.quit();
      });
    },
  };
}

/** One SMTP session: `ready` once connected (and logged in); `alive` until it ends. */
interface Session {
  ready: Promise<SMTPConnection>;
  alive: boolean;
}

/**
 * nodemailer's SMTP connection, required when a session first opens: the CLI does not load the
 * mail library at start-up for commands that never send (a dynamic `import()` would leave
 * CommonJS for the ESM loader).
 */
function smtpConnectionClass(): typeof SMTPConnection {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('nodemailer/lib/smtp-connection') as typeof SMTPConnection;
}

function openSession(options: SmtpOptions): Session {
  const SmtpConnection = smtpConnectionClass();
  const connection = new SmtpConnection({
    host: options.host,
    port: options.port,
    secure: options.security === 'tls',
    requireTLS: options.security === 'starttls',
    ignoreTLS: options.security === 'none',
    tls: options.rejectUnauthorized === false ? { rejectUnauthorized: false } : undefined,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
  });
  const session: Session = { ready: Promise.resolve(connection), alive: true };
  // Errors also reach the callback of the step in flight; these listeners only note the end.
  connection.on('error', () => (session.alive = false));
  connection.on('end', () => (session.alive = false));
  session.ready = (async () => {
    try {
      await new Promise<void>((resolve, reject) => {
        connection.once('error', reject);
        connection.connect((error) => (error ? reject(error) : resolve()));
      });
      if (options.security !== 'none' && options.user !== undefined && connection.allowsAuth) {
        const credentials = { user: options.user, pass: options.password ?? '' };
        await new Promise<void>((resolve, reject) => connection.login({ credentials }, (error) => (error ? reject(error) : resolve())));
      }
      return connection;
    } catch (error) {
      connection.close();
      throw error;
    }
  })();
  return session;
}

function reset(connection: SMTPConnection): Promise<boolean> {
  return new Promise((resolve) => connection.reset((error) => resolve(!error)));
}
