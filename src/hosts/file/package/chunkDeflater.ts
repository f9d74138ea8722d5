import type { DeflateStream, ResolvedCodecs } from './packageCodecs';
import type { StoredEntry } from './packageModel';
import { Utf8Sink } from './utf8Sink';
import { deflatedEntry } from './writeZip';

/** Bytes of a part handed to the deflater at a time. */
export const CHUNK_BYTES = 1 << 21;
/** Buffers that may be with the deflater at once; past that the writer waits. */
const BUFFERS = 4;

/**
 * A part written in chunks into a {@link Utf8Sink} and deflated on the thread pool (the codecs'
 * `deflateStream`) chunk by chunk as it is written, its CRC-32 and size counted on the way. The
 * sink's buffers are reused: each chunk handed over is swapped for a buffer the deflater is done
 * with, at most four exist, and {@link room} tells a writer to wait while all are with the
 * deflater (memory touched for the first time is slow here, and a deflater behind its writer
 * would otherwise take a new buffer per chunk).
 *
 * @example
 * const out = new ChunkDeflater(codecs, deflateStream);
 * out.sink.write('<worksheet>…');
 * out.hand();
 * await out.room();
 * const entry = await out.end('xl/worksheets/sheet1.xml');
 */
export class ChunkDeflater {
  readonly sink = new Utf8Sink(CHUNK_BYTES + (1 << 16));
  private readonly deflater: DeflateStream;
  private readonly free: Uint8Array[] = [];
  private made = 1;
  private wake: (() => void) | null = null;
  private crc = 0;
  private size = 0;

  constructor(
    private readonly codecs: ResolvedCodecs,
    startDeflate: () => DeflateStream,
  ) {
    this.deflater = startDeflate();
  }

  /** Hands what the sink holds to the deflater, and gives the sink a free buffer. */
  hand(): void {
    const next = this.free.pop() ?? (this.made++, new Uint8Array(CHUNK_BYTES + (1 << 16)));
    const bytes = this.sink.swap(next);
    this.crc = this.codecs.crc32(this.crc, bytes);
    this.size += bytes.length;
    this.deflater.write(bytes, () => {
      this.free.push(new Uint8Array(bytes.buffer));
      this.wake?.();
      this.wake = null;
    });
  }

  /** A promise to wait on while every buffer is with the deflater; undefined when one is free. */
  room(): Promise<void> | undefined {
    if (this.free.length > 0 || this.made < BUFFERS) return undefined;
    return new Promise<void>((resolve) => (this.wake = resolve));
  }

  /** Lets the event loop run, so a writer working synchronously has its last chunk deflated now. */
  tick(): Promise<void> {
    return this.deflater.tick();
  }

  /** The rest handed over, the part as a deflated zip entry named `name`. */
  async end(name: string): Promise<StoredEntry> {
    this.hand();
    return deflatedEntry(name, await this.deflater.end(), this.crc, this.size);
  }

  /** Stops deflating (the part is made some other way). */
  abort(): void {
    this.deflater.abort();
  }
}
