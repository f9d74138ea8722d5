import type { MessageAttachment, OutgoingMessage } from '../outgoingMessage';
import { encodeBase64Lines } from './base64';
import { fnv1aHex } from './fnv1a';
import { foldHeader } from './foldHeader';
import { unstructuredWords } from './headerText';
import { isPlainAddress, mailboxWords } from './mailbox';
import { parameterWords } from './mimeParameter';
import { encodeQuotedPrintable } from './quotedPrintable';
import { formatRfc5322Date } from './rfc5322Date';

const MSG_ID = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/**
 * An outgoing message as RFC 5322 / MIME bytes (SPEC §9): what `--outbox` writes as an `.eml`
 * file and `--smtp` sends. Pure and deterministic — the same message gives the same bytes — and
 * 7-bit ASCII with CRLF line ends throughout: non-ASCII subjects and names are RFC 2047
 * encoded-words, the text is quoted-printable UTF-8, attachments are base64, and with
 * attachments the message is `multipart/mixed` with a boundary derived from the Message-ID.
 * Control characters in any header value become spaces, so no value can add a header. Throws
 * on an address `isPlainAddress` refuses or a malformed Message-ID: callers check those first.
 *
 * @example
 * const eml = composeMessage({
 *   from: { name: 'Riverside Club', address: 'club@example.org' },
 *   to: { name: 'Ελένη Παππά', address: 'eleni@example.org' },
 *   subject: 'Ανανέωση συνδρομής', text: 'Dear Eleni,\n…', messageId: 'NIGHTLY.2026-11-30.renew_M-1.3f2a9c1b@example.org',
 *   date: new Date(Date.UTC(2026, 10, 30, 9, 0)), attachments: [],
 * });
 */
export function composeMessage(m: OutgoingMessage): Uint8Array {
  if (!MSG_ID.test(m.messageId)) throw new Error(`Not a valid Message-ID: ${JSON.stringify(m.messageId)}`);
  if (m.replyTo !== undefined && !isPlainAddress(m.replyTo)) throw new Error(`Not a plain email address: ${JSON.stringify(m.replyTo)}`);
  let head =
    foldHeader('Date', [formatRfc5322Date(m.date)]) +
    foldHeader('From', mailboxWords(m.from)) +
    foldHeader('To', mailboxWords(m.to)) +
    (m.replyTo === undefined ? '' : foldHeader('Reply-To', [`<${m.replyTo}>`])) +
    foldHeader('Subject', unstructuredWords(m.subject)) +
    foldHeader('Message-ID', [`<${m.messageId}>`]) +
    foldHeader('MIME-Version', ['1.0']);
  const textPart = foldHeader('Content-Type', ['text/plain;', 'charset=utf-8']) + foldHeader('Content-Transfer-Encoding', ['quoted-printable']);
  // The text ends with a soft line break, so the CRLF that must end its last line adds no line
  // break to the text (and an empty text is not read as one line break).
  const text = `${encodeQuotedPrintable(m.text)}=\r\n`;
  if (m.attachments.length === 0) return asciiBytes(`${head}${textPart}\r\n${text}`);
  // `=_` cannot occur in quoted-printable or base64 output, so the boundary never meets a body line.
  const boundary = `=_rr_${fnv1aHex(m.messageId)}_${fnv1aHex(`${m.messageId}>`)}`;
  head += foldHeader('Content-Type', ['multipart/mixed;', `boundary="${boundary}"`]);
  let body = `--${boundary}\r\n${textPart}\r\n${text}`;
  for (const attachment of m.attachments) body += `\r\n--${boundary}\r\n${attachmentPart(attachment)}`;
  return asciiBytes(`${head}\r\n${body}\r\n--${boundary}--\r\n`);
}

function attachmentPart(attachment: MessageAttachment): string {
  // A content type that is not a plain `type/subtype` token pair is not passed on as it is.
  const type = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$/.test(attachment.contentType)
    ? attachment.contentType
    : 'application/octet-stream';
  return (
    foldHeader('Content-Type', [`${type};`, ...withSemicolons(parameterWords('name', attachment.filename))]) +
    foldHeader('Content-Disposition', ['attachment;', ...withSemicolons(parameterWords('filename', attachment.filename))]) +
    foldHeader('Content-Transfer-Encoding', ['base64']) +
    `\r\n${encodeBase64Lines(attachment.content)}`
  );
}

function withSemicolons(words: string[]): string[] {
  return words.map((word, i) => (i < words.length - 1 ? `${word};` : word));
}

function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
