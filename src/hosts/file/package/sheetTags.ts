/**
 * The tag-level reading of a worksheet scan (scanSheetXml.ts), in place on the part's UTF-8
 * bytes: where a start tag ends, an attribute's value, a cell's type and reference, and
 * comments, CDATA and processing instructions skipped.
 */

import { unreadable } from './sheetScanProblem';
import { bytesStartWith, indexOfAscii, indexOfByte, isNameAt, isSpace, utf8Text } from './xmlBytes';
import { decodeXmlText } from './xmlText';

/**
 * A `<c>`'s `t` between `from` and `to` as the scan compares it: the usual types without a
 * string made per cell, any other decoded.
 *
 * @example
 * cellType(new TextEncoder().encode('t="str"'), 3, 6) // → 'str'
 */
export function cellType(xml: Uint8Array, from: number, to: number): string {
  const length = to - from;
  const c = xml[from];
  if (length === 3 && c === 0x73 /* s */ && xml[from + 1] === 0x74 && xml[from + 2] === 0x72) return 'str';
  if (length === 1 && (c === 0x73 || c === 0x6e || c === 0x62 || c === 0x65 || c === 0x64)) return String.fromCharCode(c); // s n b e d
  return isNameAt(xml, from, length, 'inlineStr') ? 'inlineStr' : utf8Text(xml, from, to);
}

/**
 * An A1 reference read in place: row × 2^28 + column (either 0 when absent), or −1 when it
 * is no reference (columns stop far below 2^28: the caller refuses anything past XFD).
 *
 * @example
 * readReference(new TextEncoder().encode('AB12'), 0, 4) // → 12 * 2 ** 28 + 28
 */
export function readReference(xml: Uint8Array, from: number, to: number): number {
  let i = from;
  let column = 0;
  for (; i < to; i++) {
    const c = xml[i] & ~0x20;
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
    if (column > 1e6) return -1;
  }
  let row = 0;
  for (; i < to; i++) {
    const d = xml[i] - 48;
    if (d < 0 || d > 9 || row > 1e8) return -1;
    row = row * 10 + d;
  }
  return column === 0 && row === 0 ? -1 : row * 0x10000000 + column;
}

/**
 * The index of the `>` that ends a start tag, quoted attribute values skipped; throws
 * unreadable when there is none.
 *
 * @example
 * tagEnd(new TextEncoder().encode('<c a=">">'), 2) // → 8
 */
export function tagEnd(xml: Uint8Array, from: number): number {
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (c === 0x3e) return i;
    if (c === 0x22 || c === 0x27) {
      i = indexOfByte(xml, c, i + 1);
      if (i < 0) break;
    }
  }
  throw unreadable('an unterminated tag');
}

/**
 * The value of an attribute (by local name: the name trimmed as `String.trim` does, up to its
 * first `:` dropped) between `from` and the tag's end `end`, entities decoded; the last one
 * wins; null when absent. Throws unreadable for an unquoted or unterminated value.
 *
 * @example
 * attribute(new TextEncoder().encode('<row x:r="7">'), 4, 12, 'r') // → '7'
 */
export function attribute(xml: Uint8Array, from: number, end: number, name: string): string | null {
  let found: string | null = null;
  let p = from;
  for (;;) {
    const eq = indexOfByte(xml, 0x3d /* = */, p, end);
    if (eq < 0) return found;
    let q = eq + 1;
    while (isSpace(xml[q])) q++;
    const quote = xml[q];
    if (quote !== 0x22 && quote !== 0x27) throw unreadable('an unquoted attribute');
    const close = indexOfByte(xml, quote, q + 1, end);
    if (close < 0) throw unreadable('an unterminated attribute');
    if (hasLocalName(xml, p, eq, name)) found = decodeXmlText(utf8Text(xml, q + 1, close));
    p = close + 1;
  }
}

/** Whether the attribute name written between `from` and `to` has the local name `name`. */
function hasLocalName(xml: Uint8Array, from: number, to: number, name: string): boolean {
  let start = from;
  let end = to;
  for (let i = from; i < to; i++) {
    // Beyond ASCII, String.trim's white space (U+00A0, U+2028 …) needs the text itself.
    if (xml[i] >= 0x80) {
      const qualified = utf8Text(xml, from, to).trim();
      return qualified.slice(qualified.indexOf(':') + 1) === name;
    }
  }
  while (start < end && isTrimmed(xml[start])) start++;
  while (end > start && isTrimmed(xml[end - 1])) end--;
  // The first colon, searched for within the name only (not on through the part).
  for (let i = start; i < end; i++) {
    if (xml[i] === 0x3a /* : */) {
      start = i + 1;
      break;
    }
  }
  return isNameAt(xml, start, end - start, name);
}

/** The ASCII characters `String.trim` removes: tab, line feed, vertical tab, form feed, carriage return, space. */
function isTrimmed(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * Past a comment, CDATA section or processing instruction starting at `lt` (the index after
 * it); throws unreadable for a DTD (`<!DOCTYPE`: no Excel part has one, and its entities are
 * what XML bombs use) or an unknown `<!` declaration.
 *
 * @example
 * skipSpecial(new TextEncoder().encode('<!-- a --><row>'), 0) // → 10
 */
export function skipSpecial(xml: Uint8Array, lt: number): number {
  if (bytesStartWith(xml, lt, '<!--')) return closeOf(xml, lt, '-->');
  if (bytesStartWith(xml, lt, '<![CDATA[')) return closeOf(xml, lt, ']]>');
  if (bytesStartWith(xml, lt, '<?')) return closeOf(xml, lt, '?>');
  throw unreadable(bytesStartWith(xml, lt, '<!DOCTYPE') ? 'it declares a DTD (<!DOCTYPE>), which no Excel part may' : 'an unknown <! declaration');
}

function closeOf(xml: Uint8Array, lt: number, close: string): number {
  const end = indexOfAscii(xml, close, lt);
  if (end < 0) throw unreadable('an unterminated comment or declaration');
  return end + close.length;
}
