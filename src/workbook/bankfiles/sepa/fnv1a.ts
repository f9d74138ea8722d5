/** 32-bit FNV-1a offset basis and prime (Fowler–Noll–Vo). */
const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

/**
 * A short stable hash of `text`: 32-bit FNV-1a over its UTF-16 code units, in base 36, padded
 * to 7 characters (36^7 > 2^32, so every hash has the same length). Not cryptographic: it only
 * keeps two long identifiers that share a prefix apart after they are cut short.
 *
 * @example
 * fnv1a('')  // → '0ztntfp' (the offset basis, 0x811c9dc5)
 * fnv1a('a') // → '1r9wi7g' (0xe40c292c, the published test vector)
 */
export function fnv1a(text: string): string {
  let hash = OFFSET_BASIS;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    // Math.imul multiplies as 32-bit integers, so the product never loses bits to a float.
    hash = Math.imul(hash, PRIME);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}
