import type { ByteSearch } from './rowSkip';
import { crc32 as crc32Js } from './crc32';
import { deflateLevel6, type Deflate } from './writeZip';

/**
 * Raw inflate (RFC 1951) of a whole part in one call, producing at most `maxOutputLength`
 * bytes: a stream that would produce more must throw a `RangeError` (as `zlib.inflateRawSync`
 * does with `maxOutputLength`), before allocating past the limit. Any other error means a
 * broken stream.
 */
export type InflateRaw = (data: Uint8Array, maxOutputLength: number) => Uint8Array;

/**
 * Raw inflate of a whole part delivered in chunks, in order, to `onChunk` (each chunk may be
 * reused once `onChunk` returns; a promise it returns is awaited before the next chunk, so a
 * consumer slower than the inflater holds it back), while the next is being inflated — off the main thread in
 * Node (zlib runs on libuv's thread pool), so reading a sheet and inflating it overlap.
 * Resolves when the stream ends; rejects with a `RangeError` once it produces more than
 * `maxOutputLength` bytes, and with any other error for a broken stream or an `onChunk` that
 * threw (that error itself). `data` is the part's compressed bytes: in memory, or a range of the
 * file, read a step at a time as the inflater takes them.
 */
export type InflateChunks = (
  data: import('./byteSource').StoredData,
  maxOutputLength: number,
  onChunk: (chunk: Uint8Array) => void | Promise<void>,
) => Promise<void>;

/** A raw deflate fed piece by piece (off the main thread in Node): `end` gives the whole output. */
export interface DeflateStream {
  /** Adds bytes; they are kept until deflated, then `done` is called (the bytes may be reused from then on). */
  write(bytes: Uint8Array, done?: () => void): void;
  /** Lets the event loop run once, so that a writer laying out a part synchronously has its last bytes handed to the deflater now. */
  tick(): Promise<void>;
  /** Everything written, deflated. */
  end(): Promise<Uint8Array>;
  /** Stops, discarding what was written. */
  abort(): void;
}

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
  /** Inflate in chunks overlapping their reading; absent: fflate in 64 KiB steps on this thread. */
  inflateChunks?: InflateChunks;
  /** Deflate of new and changed parts. */
  deflate?: Deflate;
  /** A streaming deflate off the main thread; absent: parts are deflated by `deflate` on this thread (a patched sheet encoded whole first). */
  deflateStream?: () => DeflateStream;
  crc32?: Crc32;
  /** A native byte search; absent: a patched sheet is read row by row in JavaScript. */
  search?: ByteSearch;
}

/** Every codec filled in: the given ones, else the portable defaults. */
export interface ResolvedCodecs {
  inflate: InflateRaw | null;
  inflateChunks: InflateChunks | null;
  deflate: Deflate;
  deflateStream: (() => DeflateStream) | null;
  crc32: Crc32;
  search: ByteSearch | null;
}

/**
 * The codecs to use, the portable ones where none is given.
 *
 * @example
 * resolveCodecs({}).deflate === deflateLevel6 // → true
 */
export function resolveCodecs(codecs: PackageCodecs = {}): ResolvedCodecs {
  return {
    inflate: codecs.inflate ?? null,
    inflateChunks: codecs.inflateChunks ?? null,
    deflate: codecs.deflate ?? deflateLevel6,
    deflateStream: codecs.deflateStream ?? null,
    crc32: codecs.crc32 ?? crc32Js,
    search: codecs.search ?? null,
  };
}

/** The portable codecs: what a package read without options uses. */
export const PORTABLE_CODECS: ResolvedCodecs = resolveCodecs();
