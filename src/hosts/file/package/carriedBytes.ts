/**
 * The bytes a streamed part carries from one chunk to the next (a row cut in two), in one buffer
 * that is reused and grows only when a row is longer than anything before it.
 *
 * @example
 * const rest = new CarriedBytes();
 * rest.keep(chunk, cut);                 // the tail of `chunk` after `cut`
 * const data = rest.append(nextChunk);   // that tail, then the next chunk
 */
export class CarriedBytes {
  private buffer = new Uint8Array(1 << 16);
  private used = 0;

  /** How many bytes are carried. */
  get length(): number {
    return this.used;
  }

  /** The carried bytes followed by `chunk`, as a view of the buffer (valid until the next call). */
  append(chunk: Uint8Array): Uint8Array {
    this.reserve(this.used + chunk.length);
    this.buffer.set(chunk, this.used);
    this.used += chunk.length;
    return this.buffer.subarray(0, this.used);
  }

  /** Keeps `data` from `from` on (`data` is a chunk, or the view {@link append} returned). */
  keep(data: Uint8Array, from: number): void {
    if (data.buffer === this.buffer.buffer && data.byteOffset === this.buffer.byteOffset) {
      this.buffer.copyWithin(0, from, data.length);
      this.used = data.length - from;
      return;
    }
    this.used = 0;
    this.append(data.subarray(from));
  }

  /** The carried bytes, as a view of the buffer. */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.used);
  }

  private reserve(size: number): void {
    if (size <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(size, this.buffer.length * 2));
    grown.set(this.buffer.subarray(0, this.used));
    this.buffer = grown;
  }
}
