import { crc32 as crc32Js } from './crc32';
import { deflateLevel6, type Deflate } from './writeZip';

/**
 * Raw inflate (RFC 1951) of a whole part in one call, producing at most `maxOutputLength`
 * bytes: a stream that would produce more must throw a `RangeError` (as `zlib.inflateRawSync`
 * does with `maxOutputLength`), before allocating past the limit. Any other error means a
 * broken stream.
 */
export type InflateRaw = (data: Uint8Array, maxOutputLength: number) => Uint8Array;

/** Continues a CRC-32 (the zip checksum) over more bytes; `previous` 0 to start. */
export type Crc32 = (previous: number, bytes: Uint8Array) => number;

/**
 * The compression a package is read and written with. The defaults run everywhere (the browser,
 * the session worker): fflate's streaming inflate in 64 KiB steps, fflate deflate at level 6, a
 * CRC-32 in JavaScript. A Node host passes native ones (`nodeCodecs()`), about 2–3× faster.
 */
export interface PackageCodecs {
  /** Whole-part inflate; absent: fflate's streaming inflate ({@link inflatePart}). */
  inflate?: InflateRaw;
  /** Deflate of new and changed parts. */
  deflate?: Deflate;
  crc32?: Crc32;
}

/** Every codec filled in: the given ones, else the portable defaults. */
export interface ResolvedCodecs {
  inflate: InflateRaw | null;
  deflate: Deflate;
  crc32: Crc32;
}

/**
 * The codecs to use, the portable ones where none is given.
 *
 * @example
 * resolveCodecs({}).deflate === deflateLevel6 // → true
 */
export function resolveCodecs(codecs: PackageCodecs = {}): ResolvedCodecs {
  return { inflate: codecs.inflate ?? null, deflate: codecs.deflate ?? deflateLevel6, crc32: codecs.crc32 ?? crc32Js };
}

/** The portable codecs: what a package read without options uses. */
export const PORTABLE_CODECS: ResolvedCodecs = resolveCodecs();
