const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');
const ENCODER = new TextEncoder();

/**
 * A part's bytes as UTF-8 without a byte-order mark. XML allows UTF-8 and UTF-16: a UTF-8 BOM
 * is skipped (a view, no copy); a part starting with a UTF-16 BOM (FF FE little-endian, FE FF
 * big-endian) is decoded and encoded again as UTF-8 — rare in practice, so correctness over
 * speed there (bytes UTF-16 cannot decode become U+FFFD, as decoding it to text always did).
 * Anything else is taken as UTF-8 and returned as it is.
 *
 * @example
 * utf8Part(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c])) // → Uint8Array [0x3c]  ('<')
 * utf8Part(new Uint8Array([0xff, 0xfe, 0x3c, 0x00])) // → Uint8Array [0x3c]
 */
export function utf8Part(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3);
  const utf16 = utf16Encoding(bytes);
  return utf16 === null ? bytes : ENCODER.encode((utf16 === 'utf-16le' ? UTF16LE : UTF16BE).decode(bytes));
}

/**
 * The UTF-16 encoding a part's byte-order mark names (FF FE little-endian, FE FF big-endian),
 * or null for a part in UTF-8.
 *
 * @example
 * utf16Encoding(new Uint8Array([0xfe, 0xff, 0x00, 0x3c])) // → 'utf-16be'
 */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}
