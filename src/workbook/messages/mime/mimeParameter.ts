import { sanitizeHeaderText } from './headerText';
import { encodeUtf8 } from './utf8';

/** Characters of a percent-encoded segment per header line: with `filename*12*=` and `;`, under 78. */
const SEGMENT = 56;

/**
 * A MIME header parameter (`filename="invoice.pdf"`) as header words, for `foldHeader`.
 * Printable ASCII of up to 60 characters is a quoted-string; anything else (a Greek file name,
 * a very long one) is RFC 2231: UTF-8, percent-encoded, cut into numbered segments
 * (`filename*0*=UTF-8''%CE%91…`, `filename*1*=…`) that never split a `%XX`, one per line.
 * Control characters become spaces first, as in every header value.
 *
 * @example
 * parameterWords('filename', 'INV-000042.pdf'); // ['filename="INV-000042.pdf"']
 * parameterWords('filename', 'Τιμολόγιο.pdf')[0]; // "filename*0*=UTF-8''%CE%A4%CE%B9…"
 */
export function parameterWords(name: string, value: string): string[] {
  const clean = sanitizeHeaderText(value);
  if (/^[\x20-\x7e]{0,60}$/.test(clean) && !clean.includes('=?')) {
    return [`${name}="${clean.replace(/["\\]/g, (c) => `\\${c}`)}"`];
  }
  const encoded = percentEncode(encodeUtf8(clean));
  const words: string[] = [];
  let start = 0;
  while (start < encoded.length) {
    let end = Math.min(start + SEGMENT, encoded.length);
    // Step back when the cut would fall inside a `%XX` triple.
    if (encoded[end - 1] === '%') end -= 1;
    else if (encoded[end - 2] === '%') end -= 2;
    const charset = words.length === 0 ? "UTF-8''" : '';
    words.push(`${name}*${words.length}*=${charset}${encoded.slice(start, end)}`);
    start = end;
  }
  return words;
}

function percentEncode(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    // RFC 2231 attribute-char: a token character other than `*`, `'` and `%`.
    out += /[A-Za-z0-9!#$&+\-.^_`|~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
