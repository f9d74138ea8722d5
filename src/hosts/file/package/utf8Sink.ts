const encoder = new TextEncoder();

/**
 * Text written piece by piece and encoded to UTF-8 as it comes, straight into one growing
 * buffer, so a part of 100+ MB never exists as one giant string. Short ASCII pieces (most of
 * a sheet's XML) are copied character by character, longer or non-ASCII ones go through
 * `TextEncoder.encodeInto`. A surrogate pair split between two writes is kept together (the
 * high half waits for the next write), so the bytes equal encoding the whole text at once.
 *
 * @example
 * const sink = new Utf8Sink();
 * sink.write('<row r="');
 * sink.writeInt(12);
 * const bytes = sink.bytes(); // '<row r="12' as UTF-8
 */
export class Utf8Sink {
  private buffer: Uint8Array;
  private length = 0;
  /** A high surrogate that ended the last write, waiting for its low half. */
  private high = '';

  constructor(initialBytes = 1 << 16) {
    this.buffer = new Uint8Array(initialBytes);
  }

  /** How many bytes have been written since the sink was made or last swapped. */
  get size(): number {
    return this.length;
  }

  /** Appends text. */
  write(piece: string): void {
    let text = this.high ? this.high + piece : piece;
    this.high = '';
    const n = text.length;
    if (n === 0) return;
    const last = text.charCodeAt(n - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.high = text.slice(-1);
      text = text.slice(0, -1);
    }
    if (text.length <= 64 && this.copyAscii(text)) return;
    // UTF-8 takes at most 3 bytes per UTF-16 unit (a pair: 4 bytes for 2 units).
    this.reserve(text.length * 3);
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** Appends bytes that are UTF-8 already (whole characters), copied. */
  writeBytes(bytes: Uint8Array): void {
    this.flushHigh();
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Appends pieces in order: text, or bytes that are UTF-8 already. */
  writePieces(pieces: readonly (string | Uint8Array)[]): void {
    for (const piece of pieces)
      if (typeof piece === 'string') this.write(piece);
      else this.writeBytes(piece);
  }

  /** Appends a non-negative integer's decimal digits (no string made). */
  writeInt(value: number): void {
    this.flushHigh();
    this.reserve(16);
    if (value === 0) {
      this.buffer[this.length++] = 0x30;
      return;
    }
    let digits = 0;
    for (let v = value; v >= 1; v = Math.floor(v / 10)) digits++;
    let at = this.length + digits;
    this.length = at;
    for (let v = value; v >= 1; v = Math.floor(v / 10)) this.buffer[--at] = 0x30 + (v % 10);
  }

  /** Everything written, as UTF-8 (a view of the sink's buffer: do not write after taking it). */
  bytes(): Uint8Array {
    this.flushHigh();
    return this.buffer.subarray(0, this.length);
  }

  /**
   * Everything written so far (a view of the sink's buffer, which it gives up), and the sink
   * emptied onto `next` — a buffer handed back by whoever consumed an earlier one, so a stream
   * of chunks reuses a few buffers instead of touching new memory for each.
   */
  swap(next: Uint8Array): Uint8Array {
    this.flushHigh();
    const taken = this.buffer.subarray(0, this.length);
    this.buffer = next;
    this.length = 0;
    return taken;
  }

  /** Copies `text` if it is all ASCII; false (nothing written) otherwise. */
  private copyAscii(text: string): boolean {
    this.reserve(text.length);
    const buffer = this.buffer;
    const start = this.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x7f) return false;
      buffer[start + i] = c;
    }
    this.length = start + text.length;
    return true;
  }

  /** A lone high surrogate left by the last write, encoded as TextEncoder would (U+FFFD). */
  private flushHigh(): void {
    if (!this.high) return;
    const high = this.high;
    this.high = '';
    this.reserve(3);
    this.length += encoder.encodeInto(high, this.buffer.subarray(this.length)).written;
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + bytes));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
