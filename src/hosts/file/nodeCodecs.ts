import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { PackageCodecs } from './package/packageCodecs';

/** Options of {@link nodeCodecs}. */
export interface NodeCodecsOptions {
  /** zlib deflate level for written parts: 1 (default; see below) to 9. */
  level?: number;
}

/**
 * Node's native zlib as a package's codecs (Node only; the browser and the worker keep the
 * portable fflate ones). Inflate is `inflateRawSync` bounded by `maxOutputLength` (the part's
 * declared size, itself charged against the 1 GiB budget first), so a zip bomb stops with a
 * `RangeError` inside zlib, which the reader refuses. CRC-32 is zlib's (~100× the JavaScript one).
 *
 * Deflate level 1 by default: on the 100,000-membership bench (48 MB Members sheet, 122 MB
 * preview sheet) level 1 deflates 2–3× faster than level 6 for files about 30% larger
 * (measured figures in README "Performance"); a membership file is written in seconds and
 * read back by Excel just as fast. Pass `{ level: 6 }` for the smallest file.
 *
 * @example
 * const host = PackageWorkbookHost.fromBytes(bytes, nodeCodecs());
 */
export function nodeCodecs({ level = 1 }: NodeCodecsOptions = {}): PackageCodecs {
  return {
    inflate: (data, maxOutputLength) => bufferBytes(inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutputLength) })),
    deflate: (content) => bufferBytes(deflateRawSync(content, { level })),
    crc32: (previous, bytes) => crc32(bytes, previous),
  };
}

/** A Buffer as a plain Uint8Array view of the same memory (no copy). */
function bufferBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
