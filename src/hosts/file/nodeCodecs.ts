import { createDeflateRaw, createInflateRaw, crc32, deflateRawSync, inflateRawSync, type ZlibOptions } from 'node:zlib';
import type { Writable } from 'node:stream';
import { chunksOf, isByteRange, RANGE_STEP, type ByteRange, type StoredData } from './package/byteSource';
import type { DeflateStream, PackageCodecs } from './package/packageCodecs';

/** Output chunk of deflate: fewer, larger steps than zlib's 16 KiB default (a written sheet is megabytes). */
const DEFLATE_CHUNK = 4 << 20;

/** Options of {@link nodeCodecs}. */
export interface NodeCodecsOptions {
  /** zlib deflate level for written parts: 3 (default; see below), 1 to 9. */
  level?: number;
}

/**
 * Node's native zlib as a package's codecs (Node only; the browser and the worker keep the
 * portable fflate ones). Inflate is `inflateRawSync` bounded by `maxOutputLength` (the part's
 * declared size, itself charged against the 1 GiB budget first), so a zip bomb stops with a
 * `RangeError` inside zlib, which the reader refuses. CRC-32 is zlib's (~100× the JavaScript one).
 *
 * Deflate level 3 by default, measured on the 100,000-membership bench (loaded machine): the
 * 48 MB Members sheet deflates in 0.39 s to 6.7 MB (level 1: 0.35 s, 7.2 MB; level 6: 0.85 s,
 * 5.8 MB), the 93 MB preview sheet in 0.27–0.5 s to 7.8 MB (level 1: 0.2–0.9 s, 9.3 MB;
 * level 6: 0.8–1.6 s, 7.0 MB). Level 3 is zlib's fastest strategy like 1 and 2, but finds
 * most of level 6's matches: files ~12% larger than level 6 for 2–3× less time. Pass
 * `{ level: 6 }` for the smallest file.
 *
 * @example
 * const host = PackageWorkbookHost.fromBytes(bytes, nodeCodecs());
 */
export function nodeCodecs({ level = 3 }: NodeCodecsOptions = {}): PackageCodecs {
  return {
    // One output chunk as big as the part (+1, so an exact fit needs no second chunk): zlib's
    // default 16 KiB chunks cost a call each and a concatenation (2× slower on a 48 MB sheet).
    inflate: (data, maxOutputLength) =>
      bufferBytes(inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutputLength), chunkSize: Math.max(64, maxOutputLength + 1) })),
    inflateChunks,
    deflate: (content) => bufferBytes(deflateRawSync(content, { level, chunkSize: Math.min(DEFLATE_CHUNK, Math.max(16_384, content.length)) })),
    deflateStream: () => deflateStream(level),
    crc32: (previous, bytes) => crc32(bytes, previous),
    // A Buffer over the same memory (no copy) is searchable as it is.
    search: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  };
}

/** Output chunk of the streaming inflate: big enough to cost few calls, small enough to stay in cache-friendly, reused memory. */
const INFLATE_CHUNK = 1 << 20;

/**
 * zlib's streaming inflate: it inflates on the thread pool while the caller reads the chunk
 * before (the stream keeps up to four chunks ahead, then waits to be read).
 */
async function inflateChunks(data: StoredData, maxOutputLength: number, onChunk: (chunk: Uint8Array) => void | Promise<void>): Promise<void> {
  // A range of the file is fed a step at a time: four steps may wait, so zlib always has input.
  const stream = createInflateRaw({ chunkSize: INFLATE_CHUNK, writableHighWaterMark: 4 * RANGE_STEP } as ZlibOptions);
  if (isByteRange(data)) void feed(stream, data);
  else stream.end(data);
  let produced = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      produced += chunk.length;
      if (produced > maxOutputLength) throw new RangeError(`Cannot create a Buffer larger than ${maxOutputLength} bytes`);
      await onChunk(bufferBytes(chunk));
    }
  } finally {
    stream.destroy();
  }
}

/**
 * Writes a range of the file into the inflater a step at a time, each step read when the stream
 * has room for it (a 200 MB sheet is never read whole). A read that fails destroys the stream
 * with that error, which the reader's loop then rethrows; a stream destroyed by the reader
 * stops the feeding.
 */
async function feed(stream: Writable, data: ByteRange): Promise<void> {
  try {
    for (const chunk of chunksOf(data)) {
      if (stream.destroyed) return;
      if (!stream.write(chunk)) await roomIn(stream);
    }
    if (!stream.destroyed) stream.end();
  } catch (e) {
    stream.destroy(e as Error);
  }
}

/** Resolves once the stream can take more (or will never: it was destroyed). */
function roomIn(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/** zlib's streaming raw deflate at `level`, on the thread pool; its output gathered for `end`. */
function deflateStream(level: number): DeflateStream {
  const stream = createDeflateRaw({ level, chunkSize: DEFLATE_CHUNK });
  const out: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    stream.on('data', (chunk: Buffer) => out.push(chunk));
    stream.on('end', () => resolve(bufferBytes(Buffer.concat(out))));
    stream.on('error', reject);
  });
  done.catch(() => undefined); // an aborted stream is never awaited
  return {
    write: (bytes, done) => void stream.write(bytes, () => done?.()),
    tick: () => new Promise<void>((resolve) => setImmediate(resolve)),
    end: () => {
      stream.end();
      return done;
    },
    abort: () => stream.destroy(),
  };
}

/** A Buffer as a plain Uint8Array view of the same memory (no copy). */
function bufferBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
