import { encodeUtf8 } from './utf8';

/** RFC 2045 §6.7 rule 5: encoded lines are at most 76 characters, a soft line break's `=` included. */
const MAX_LINE = 76;

/**
 * A plain text as quoted-printable UTF-8: every line break (`\n`, `\r\n` or `\r`) becomes CRLF;
 * no CRLF is added after the last line (the caller ends the body, see `composeMessage`). Besides RFC 2045's rules (`=` and non-ASCII bytes as
 * `=XX`, a space or tab at the end of a line encoded, long lines wrapped with soft breaks), a
 * line that would start with `.` or `From ` starts with `=2E` or `=46` instead, so no
 * SMTP dot-stuffing or mbox `>From` quoting along the way can change the text.
 *
 * @example
 * encodeQuotedPrintable('Dear Ana,\nThe fee is 30 €.'); // 'Dear Ana,\r\nThe fee is 30 =E2=82=AC.'
 */
export function encodeQuotedPrintable(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => encodeLine(encodeUtf8(line)))
    .join('\r\n');
}

function encodeLine(bytes: Uint8Array): string {
  let out = '';
  let line = '';
  for (let i = 0; i < bytes.length; i++) {
    const token = tokenFor(bytes, i, line === '');
    // Keep room for the soft break's `=`, and never cut an `=XX` in two.
    if (line.length + token.length > MAX_LINE - 1) {
      out += `${line}=\r\n`;
      line = tokenFor(bytes, i, true);
    } else {
      line += token;
    }
  }
  return `${out}${line}`;
}

function tokenFor(bytes: Uint8Array, i: number, lineStart: boolean): string {
  const byte = bytes[i];
  const last = i === bytes.length - 1;
  const literal =
    (byte >= 0x21 && byte <= 0x7e && byte !== 0x3d) ||
    // A space or tab is literal unless it ends the line, where transports may strip it.
    ((byte === 0x20 || byte === 0x09) && !last);
  if (literal && !(lineStart && (byte === 0x2e || startsWithFrom(bytes, i)))) return String.fromCharCode(byte);
  return `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

function startsWithFrom(bytes: Uint8Array, i: number): boolean {
  return bytes[i] === 0x46 && bytes[i + 1] === 0x72 && bytes[i + 2] === 0x6f && bytes[i + 3] === 0x6d && bytes[i + 4] === 0x20;
}
