import { encodeUtf8 } from './utf8';

/**
 * The 32-bit FNV-1a hash of a string's UTF-8 bytes: a short, stable fingerprint (not a secret)
 * that tells apart keys an identifier had to simplify (a Message-ID, a MIME boundary, a SEPA
 * PmtInfId).
 *
 * @example
 * fnv1a32('a'); // 0xe40c292c
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encodeUtf8(text)) {
    hash ^= byte;
    // hash * 16777619 (the FNV prime) mod 2^32; Math.imul keeps the product exact in 32 bits.
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * {@link fnv1a32} as 8 lower-case hex digits.
 *
 * @example
 * fnv1aHex(''); // '811c9dc5'
 * fnv1aHex('a'); // 'e40c292c'
 */
export function fnv1aHex(text: string): string {
  return fnv1a32(text).toString(16).padStart(8, '0');
}
