import type { SendOutcome } from './mailSender';

/** What nodemailer puts on the errors of an SMTP session (see nodemailer's `errors.js`). */
export interface SmtpErrorLike {
  message: string;
  /** `EENVELOPE`, `EMESSAGE`, `EAUTH`, `ECONNECTION`, `ETIMEDOUT`, `ESOCKET`, `ETLS`… */
  code?: string;
  /** The server's reply, when the error is one. */
  response?: string;
  responseCode?: number;
}

/**
 * What became of a message whose send ended in an error (SPEC §9 "Never twice"):
 * - the server answered with a 4xx/5xx reply (a refused recipient or message, a failed login,
 *   a refused STARTTLS, `421` on closing) → `failed`, its reply as the detail: it did not take
 *   the message, so the next run may try again;
 * - no reply, and the message's last byte had not been handed to the connection (could not
 *   connect, TLS failed, lost before or during the data) → `failed`: a server only accepts a
 *   message after its end-of-data mark, which follows the last byte;
 * - no reply after all the data went out (connection lost, timed out, a garbled answer) →
 *   `unknown`: the server may have accepted it, so it is re-sent only on request.
 *
 * Nodemailer's own `command` property cannot tell the last two apart (a lost connection is
 * `CONN` at any stage), so the caller says whether the data went out.
 *
 * @example
 * sendOutcomeOf({ message: 'Connection closed unexpectedly', code: 'ECONNECTION' }, true);
 * // { status: 'unknown', detail: 'Connection closed unexpectedly' }
 */
export function sendOutcomeOf(error: SmtpErrorLike, dataSent: boolean): SendOutcome {
  if (typeof error.responseCode === 'number' && error.responseCode >= 400) {
    return { status: 'failed', detail: error.response ?? error.message };
  }
  const detail = error.code ? `${error.message} (${error.code})` : error.message;
  return dataSent ? { status: 'unknown', detail } : { status: 'failed', detail };
}
