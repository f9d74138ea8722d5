import type { Mailbox } from '../outgoingMessage';
import { encodeWords, sanitizeHeaderText } from './headerText';

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL_PART = new RegExp(`^${ATOM}(\\.${ATOM})*$`);
const DOMAIN = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

/**
 * True for an address of the simple RFC 5321 shape `local@domain`: a dot-atom local part of at
 * most 64 characters, a domain of letters, digits and hyphens in dot-separated labels, 254
 * characters in all, printable ASCII only. So no space, CR, LF, `<`, `>`, `,` or quote: an
 * address that passes can go in a header and an SMTP envelope as it is.
 *
 * @example
 * isPlainAddress('ana@example.org'); // true
 * isPlainAddress('ana@example.org\r\nBcc: evil@x'); // false
 */
export function isPlainAddress(text: string): boolean {
  const at = text.lastIndexOf('@');
  if (at <= 0 || text.length > 254) return false;
  const local = text.slice(0, at);
  return local.length <= 64 && LOCAL_PART.test(local) && DOMAIN.test(text.slice(at + 1));
}

/**
 * The header words of a mailbox (`"Smith, Ana" <ana@example.org>`), for `foldHeader`. The display
 * name has its control characters turned into spaces; it stays as written when it is a plain
 * phrase, is quoted when it holds specials such as `,` or `.`, and becomes encoded-words when it
 * is not printable ASCII. Throws on an address `isPlainAddress` refuses: callers check first
 * and report a bad address as a problem, so reaching here with one is a bug.
 *
 * @example
 * mailboxWords({ name: 'Ana Smith', address: 'ana@example.org' }); // ['Ana', 'Smith', '<ana@example.org>']
 */
export function mailboxWords(mailbox: Mailbox): string[] {
  if (!isPlainAddress(mailbox.address)) throw new Error(`Not a plain email address: ${JSON.stringify(mailbox.address)}`);
  const address = `<${mailbox.address}>`;
  const name = sanitizeHeaderText(mailbox.name ?? '');
  if (name.trim() === '') return [address];
  return [...displayNameWords(name), address];
}

function displayNameWords(name: string): string[] {
  if (/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+( [A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/.test(name) && name.length <= 60 && !name.includes('=?')) {
    return name.split(' ');
  }
  if (/^[\x20-\x7e]*$/.test(name) && name.length <= 60 && !name.includes('=?')) {
    return [`"${name.replace(/["\\]/g, (c) => `\\${c}`)}"`];
  }
  return encodeWords(name);
}
