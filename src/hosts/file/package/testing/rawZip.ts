import { crc32 } from '../crc32';

/** An entry of a hand-packed test zip: bytes as stored, with whatever header values a test wants (they may lie). */
export interface RawEntry {
  name: string;
  data: Uint8Array;
  method?: number;
  crc?: number;
  size?: number;
  flags?: number;
}

/**
 * A zip packed byte by byte, so tests can make the broken and hostile ones no library writes:
 * lying sizes, duplicate names, unknown methods, Zip64 records (`zip64: true` writes every size
 * and offset in Zip64 fields).
 *
 * @example
 * rawZip([{ name: 'a.txt', data: new TextEncoder().encode('hi') }])
 */
export function rawZip(entries: RawEntry[], options: { zip64?: boolean } = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const z64 = options.zip64 ?? false;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const size = e.size ?? e.data.length;
    const crc = e.crc ?? crc32(0, e.data);
    const extra = z64 ? le([1, 2], [24, 2], [size, 8], [e.data.length, 8], [offset, 8]) : new Uint8Array(0);
    const local = le(
      [0x04034b50, 4],
      [45, 2],
      [e.flags ?? 0, 2],
      [e.method ?? 0, 2],
      [0, 4],
      [crc, 4],
      [z64 ? 0xffffffff : e.data.length, 4],
      [z64 ? 0xffffffff : size, 4],
      [name.length, 2],
      [0, 2],
    );
    chunks.push(local, name, e.data);
    central.push(
      le(
        [0x02014b50, 4],
        [45, 2],
        [45, 2],
        [e.flags ?? 0, 2],
        [e.method ?? 0, 2],
        [0, 4],
        [crc, 4],
        [z64 ? 0xffffffff : e.data.length, 4],
        [z64 ? 0xffffffff : size, 4],
      ),
      le([name.length, 2], [extra.length, 2], [0, 2], [0, 2], [0, 2], [0, 4], [z64 ? 0xffffffff : offset, 4]),
      name,
      extra,
    );
    offset += local.length + name.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const tail: Uint8Array[] = [];
  if (z64) {
    const at = offset + cdSize;
    tail.push(le([0x06064b50, 4], [44, 8], [45, 2], [45, 2], [0, 4], [0, 4], [entries.length, 8], [entries.length, 8], [cdSize, 8], [offset, 8]));
    tail.push(le([0x07064b50, 4], [0, 4], [at, 8], [1, 4]));
    tail.push(le([0x06054b50, 4], [0, 2], [0, 2], [0xffff, 2], [0xffff, 2], [0xffffffff, 4], [0xffffffff, 4], [0, 2]));
  } else {
    tail.push(le([0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2], [cdSize, 4], [offset, 4], [0, 2]));
  }
  return concat([...chunks, ...central, ...tail]);
}

function le(...fields: [number, number][]): Uint8Array {
  const out = new Uint8Array(fields.reduce((n, [, w]) => n + w, 0));
  const view = new DataView(out.buffer);
  let p = 0;
  for (const [value, width] of fields) {
    if (width === 2) view.setUint16(p, value, true);
    else if (width === 4) view.setUint32(p, value >>> 0, true);
    else view.setBigUint64(p, BigInt(value), true);
    p += width;
  }
  return out;
}

export function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/**
 * A raw deflate stream of `count` zero bytes, built directly (one fixed-Huffman block of
 * length-258 back-references, 13 bits each), so a multi-GiB zip bomb costs a test milliseconds
 * and about 1/1,300 of its size.
 */
export function deflatedZeros(count: number): Uint8Array {
  const repeats = Math.floor((count - 1) / 258);
  const literals = count - 1 - repeats * 258;
  const out = new Uint8Array(Math.ceil((3 + 8 + repeats * 13 + literals * 8 + 7) / 8) + 8);
  let bitBuffer = 0;
  let bitCount = 0;
  let p = 0;
  const write = (value: number, bits: number) => {
    bitBuffer |= value << bitCount;
    bitCount += bits;
    while (bitCount >= 8) {
      out[p++] = bitBuffer & 0xff;
      bitBuffer >>>= 8;
      bitCount -= 8;
    }
  };
  const huffman = (code: number, bits: number) => {
    let reversed = 0;
    for (let i = 0; i < bits; i++) reversed |= ((code >> i) & 1) << (bits - 1 - i);
    write(reversed, bits);
  };
  write(1, 1); // last block
  write(1, 2); // fixed Huffman codes
  const literalZero = () => huffman(0x30, 8);
  literalZero();
  let unit = 0;
  for (let i = 0; i < 8; i++) unit |= (((0xc5 >> i) & 1) << (7 - i)) as number; // symbol 285 (length 258), reversed
  for (let i = 0; i < repeats; i++) write(unit, 13); // + distance code 0 (five zero bits)
  for (let i = 0; i < literals; i++) literalZero();
  huffman(0, 7); // end of block
  if (bitCount > 0) out[p++] = bitBuffer & 0xff;
  return out.subarray(0, p);
}
