/**
 * Reading XML markup in place from UTF-8 bytes. Markup is ASCII, and no byte of a multibyte
 * UTF-8 character is below 0x80, so tags, names and quotes are found by their bytes without
 * decoding the text around them; only the text a reader keeps is decoded ({@link utf8Text}).
 */

/**
 * One decoder for every piece that is not short ASCII: U+FFFD for bytes that are not UTF-8 (as
 * decoding the whole part did), and a U+FEFF that starts a piece is kept — it is text, not the
 * part's byte-order mark.
 */
const DECODER = new TextDecoder('utf-8', { ignoreBOM: true });
/** Pieces up to this many bytes that are all ASCII are made without the decoder (see below). */
export const SHORT_ASCII = 64;

/**
 * The text of the bytes from `from` to `to`, decoded as UTF-8. Short ASCII pieces (most cell
 * values) are made from their char codes: one `TextDecoder.decode` call costs ~0.45 µs in
 * Node 20, ~0.25 µs more than the whole piece this way (measured on the 1.08 million `<v>`s
 * of the 100,000-membership bench sheet), and ASCII decodes to the same characters either way.
 *
 * @example
 * utf8Text(new TextEncoder().encode('<v>Ωμέγα</v>'), 3, 13) // → 'Ωμέγα'
 */
export function utf8Text(bytes: Uint8Array, from: number, to: number): string {
  if (from >= to) return '';
  if (to - from <= SHORT_ASCII && isAscii(bytes, from, to)) return shortAsciiText(bytes, from, to);
  return DECODER.decode(bytes.subarray(from, to));
}

/** For each length up to SHORT_ASCII, an array of that many character codes, reused by {@link shortAsciiText}. */
const CODES: number[][] = Array.from({ length: SHORT_ASCII + 1 }, (_, length) => new Array<number>(length).fill(0));

/**
 * The text of the bytes from `from` to `to`, which are ASCII and at most {@link SHORT_ASCII}.
 * Their codes are copied into a plain array kept for that length and made into a string at
 * once: a typed-array view per text (`subarray`) to pass them made each text twice as slow to
 * build (measured on 400,000 e-mail addresses: 213 ms against 110 ms; a Members sheet scanned
 * 13% faster).
 *
 * @example
 * shortAsciiText(new TextEncoder().encode('<v>Active</v>'), 3, 9) // → 'Active'
 */
export function shortAsciiText(bytes: Uint8Array, from: number, to: number): string {
  const codes = CODES[to - from];
  for (let i = 0; i < codes.length; i++) codes[i] = bytes[from + i];
  return String.fromCharCode.apply(null, codes);
}

function isAscii(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/**
 * Where the byte `byte` next occurs from `from` up to (not including) `to`; −1 when it does
 * not. A loop, not `Uint8Array.prototype.indexOf`: markup is searched a few bytes at a time,
 * and each call of that builtin costs more than the short loop (measured 2–3× over a sheet's
 * tags in Node 20). `to` bounds a search that must not run on through the part.
 *
 * @example
 * indexOfByte(new TextEncoder().encode('<c r="A1">'), 0x3d, 0) // → 4  ('=')
 */
export function indexOfByte(bytes: Uint8Array, byte: number, from: number, to = bytes.length): number {
  const end = Math.min(to, bytes.length);
  for (let i = from; i < end; i++) if (bytes[i] === byte) return i;
  return -1;
}

/**
 * Whether the bytes at `at` are the ASCII text `ascii`.
 *
 * @example
 * bytesStartWith(new TextEncoder().encode('a<![CDATA[x]]>'), 1, '<![CDATA[') // → true
 */
export function bytesStartWith(bytes: Uint8Array, at: number, ascii: string): boolean {
  if (at + ascii.length > bytes.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/**
 * Where the ASCII text `ascii` next occurs at or after `from`; −1 when it does not.
 *
 * @example
 * indexOfAscii(new TextEncoder().encode('<!-- a -->'), '-->', 0) // → 7
 */
export function indexOfAscii(bytes: Uint8Array, ascii: string, from: number): number {
  const first = ascii.charCodeAt(0);
  for (let at = indexOfByte(bytes, first, from); at >= 0; at = indexOfByte(bytes, first, at + 1)) {
    if (bytesStartWith(bytes, at, ascii)) return at;
  }
  return -1;
}

/**
 * Whether the `length` bytes at `from` are the ASCII name `name` (compared in place: no string
 * is made for a tag name, which runs for every cell).
 *
 * @example
 * isNameAt(new TextEncoder().encode('<row r="1">'), 1, 3, 'row') // → true
 */
export function isNameAt(bytes: Uint8Array, from: number, length: number, name: string): boolean {
  return length === name.length && bytesStartWith(bytes, from, name);
}

/**
 * Where the local name of a tag name starting at `at` begins, and its length (a `prefix:`
 * skipped); the name ends at a space, `>`, `/` or the end of the bytes.
 *
 * @example
 * localNameAt(new TextEncoder().encode('<x:row r="1">'), 1) // → [3, 3]
 */
export function localNameAt(bytes: Uint8Array, at: number): [number, number] {
  let from = at;
  let p = at;
  for (; p < bytes.length; p++) {
    const c = bytes[p];
    if (isSpace(c) || c === 0x3e /* > */ || c === 0x2f /* / */) break;
    if (c === 0x3a /* : */) from = p + 1;
  }
  return [from, p - from];
}

/**
 * Whether `c` is XML white space (space, tab, line feed, carriage return).
 *
 * @example
 * isSpace(0x20) // → true
 */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
