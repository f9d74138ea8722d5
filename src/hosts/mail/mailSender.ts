/**
 * What became of one message handed to a mail server (SPEC §9 Deliveries Status):
 * `sent` — the server accepted it (its reply in `detail`); `failed` — the server refused it or
 * could not be reached before anything was sent, so it is safe to retry; `unknown` — the
 * message may have been accepted but the answer was lost (connection dropped or timed out
 * after the data went out), so it is re-sent only on request.
 */
export type SendOutcome = { status: 'sent'; detail: string } | { status: 'failed'; detail: string } | { status: 'unknown'; detail: string };

/** The SMTP settings of SPEC §9; the password comes only from the environment. */
export interface SmtpOptions {
  host: string;
  port: number;
  security: 'starttls' | 'tls' | 'none';
  user?: string;
  password?: string;
  /** Tests with a self-signed certificate on 127.0.0.1 only. */
  rejectUnauthorized?: boolean;
}

/** Sends composed messages one at a time over one connection; `close` ends it. */
export interface MailSender {
  send(envelope: { from: string; to: string }, raw: Uint8Array): Promise<SendOutcome>;
  close(): Promise<void>;
}
