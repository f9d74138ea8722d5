import { encodeBase64 } from './base64';
import { encodeUtf8 } from './utf8';

/**
 * A header value with every control character (C0 including CR, LF and TAB, DEL, and C1) turned
 * into a space (SPEC §9): whatever a member's name or a workbook cell holds, it cannot end the
 * header line and start another (`"\r\nBcc: evil@x"` stays inside the Subject).
 *
 * @example
 * sanitizeHeaderText('Hi\r\nBcc: evil@x'); // 'Hi  Bcc: evil@x'
 */
export function sanitizeHeaderText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** UTF-8 bytes per encoded-word: 39 bytes are 52 base64 characters, a 64-character word. */
const BYTES_PER_WORD = 39;

/**
 * RFC 2047 encoded-words (`=?UTF-8?B?…?=`) spelling a text, split between characters (a
 * code point is never cut across two words, as RFC 2047 §5 requires) so each word is at most
 * 64 characters: with `Subject: ` before it or one space of folding, every line stays under 78.
 *
 * @example
 * encodeWords('Ελένη'); // ['=?UTF-8?B?zpXOu86tzr3Otw==?=']
 */
export function encodeWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  let chunkBytes = 0;
  for (const char of text) {
    const size = encodeUtf8(char).length;
    if (chunkBytes + size > BYTES_PER_WORD) {
      words.push(encodeWord(chunk));
      chunk = '';
      chunkBytes = 0;
    }
    chunk += char;
    chunkBytes += size;
  }
  if (chunk !== '' || words.length === 0) words.push(encodeWord(chunk));
  return words;
}

function encodeWord(text: string): string {
  return `=?UTF-8?B?${encodeBase64(encodeUtf8(text))}?=`;
}

/**
 * True when a text can stand in a header as written: printable ASCII words of at most 70
 * characters separated by single spaces, and no `=?` a reader would take for an encoded-word.
 * Anything else (non-ASCII, edge or double spaces that folding or unfolding might change) is
 * encoded instead.
 *
 * @example
 * isPlainHeaderText('Your renewal invoice'); // true
 * isPlainHeaderText('Ваш счёт'); // false
 */
export function isPlainHeaderText(text: string): boolean {
  return /^([\x21-\x7e]{1,70}( [\x21-\x7e]{1,70})*)?$/.test(text) && !text.includes('=?');
}

/**
 * The words of an unstructured header value (Subject): the text's own words when it is plain,
 * else encoded-words. Control characters become spaces first.
 *
 * @example
 * unstructuredWords('Renewal 2026'); // ['Renewal', '2026']
 */
export function unstructuredWords(text: string): string[] {
  const clean = sanitizeHeaderText(text);
  if (clean === '') return [];
  return isPlainHeaderText(clean) ? clean.split(' ') : encodeWords(clean);
}
