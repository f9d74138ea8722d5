/**
 * Where a package's stored bytes come from. In the browser and the session worker the whole file
 * is in memory and an entry's compressed bytes are a view of it; the CLI reads them from the file
 * when they are needed (a 1,000,000-membership book is 271 MB that need not be held while the
 * command works), so an entry's bytes may be a {@link ByteRange} of a source instead.
 */
export interface ByteSource {
  /** Bytes in the source. */
  readonly length: number;
  /**
   * Bytes `start` to `end` (exclusive): a view where the source is in memory, a new buffer read
   * now where it is a file — or, given `into` (at least `end - start` long), read into it and a
   * view of it returned. A file that no longer holds them throws.
   */
  read(start: number, end: number, into?: Uint8Array): Uint8Array;
}

/** Bytes of a source not read yet: what a raw-copied entry of a file-backed package holds. */
export interface ByteRange {
  readonly source: ByteSource;
  readonly start: number;
  readonly length: number;
}

/** A stored entry's compressed bytes: in memory, or a range of the file they are read from. */
export type StoredData = Uint8Array | ByteRange;

/** Bytes read from a file per step when a range is streamed (inflated, copied to the output). */
export const RANGE_STEP = 1 << 20;

/**
 * Whether stored bytes are a range still to be read (not a view in memory).
 *
 * @example
 * isByteRange(new Uint8Array(2)) // → false
 */
export function isByteRange(data: StoredData): data is ByteRange {
  return !(data instanceof Uint8Array);
}

/**
 * Stored bytes whole: the view itself, or the range read now (for small parts; big ones are
 * streamed with {@link chunksOf}).
 *
 * @example
 * bytesOf({ source: memorySource(new Uint8Array([1, 2, 3])), start: 1, length: 2 }) // → Uint8Array [2, 3]
 */
export function bytesOf(data: StoredData): Uint8Array {
  return isByteRange(data) ? data.source.read(data.start, data.start + data.length) : data;
}

/**
 * Stored bytes in steps of at most `step` bytes, each read only when the one before has been
 * taken. An empty range yields nothing. With `into` (at least `step` long), a range's steps are
 * all read into it: each is valid only until the next is taken (a writer copying a part to a
 * file touches no new memory).
 *
 * @example
 * [...chunksOf(new Uint8Array(5), 2)].map((c) => c.length) // → [2, 2, 1]
 */
export function* chunksOf(data: StoredData, step = RANGE_STEP, into?: Uint8Array): Generator<Uint8Array> {
  const [source, start] = isByteRange(data) ? [data.source, data.start] : [null, 0];
  for (let at = 0; at < data.length; at += step) {
    const end = Math.min(data.length, at + step);
    yield source === null ? (data as Uint8Array).subarray(at, end) : source.read(start + at, start + end, into);
  }
}

/**
 * Stored bytes as pieces to hand on: a view in memory whole (even empty), a range a step at a
 * time as it is read (into `into`, at least {@link RANGE_STEP} long, when given: see {@link chunksOf}).
 *
 * @example
 * [...piecesOf(new Uint8Array(5))].length // → 1
 */
export function* piecesOf(data: StoredData, into?: Uint8Array): Generator<Uint8Array> {
  if (isByteRange(data)) yield* chunksOf(data, RANGE_STEP, into);
  else yield data;
}

/**
 * Bytes in memory as a source (its reads are views, never copies).
 *
 * @example
 * memorySource(bytes).read(0, 4) // → the first four bytes, a view
 */
export function memorySource(bytes: Uint8Array): ByteSource & { bytes: Uint8Array } {
  return { bytes, length: bytes.length, read: (start, end) => bytes.subarray(start, end) };
}
