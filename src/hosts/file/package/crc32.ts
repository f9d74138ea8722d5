/** CRC-32 (IEEE 802.3, the zip checksum) lookup tables, slicing by four bytes a step. */
const TABLES: Uint32Array[] = (() => {
  const tables = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[0][n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = tables[0][n];
    for (let t = 1; t < 4; t++) {
      c = tables[0][c & 0xff] ^ (c >>> 8);
      tables[t][n] = c >>> 0;
    }
  }
  return tables;
})();

/**
 * Continues a CRC-32 over more bytes: start with `0`, feed the chunks in order, compare the
 * result with the zip entry's `crc32`. Written by hand because fflate does not export its own.
 *
 * @example
 * crc32(0, new TextEncoder().encode('123456789')) // → 0xcbf43926
 * crc32(crc32(0, first), second)                  // the CRC of first + second
 */
export function crc32(previous: number, bytes: Uint8Array): number {
  const [t0, t1, t2, t3] = TABLES;
  let c = ~previous;
  let i = 0;
  const end4 = bytes.length - (bytes.length % 4);
  for (; i < end4; i += 4) {
    c ^= bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    c = t3[c & 0xff] ^ t2[(c >>> 8) & 0xff] ^ t1[(c >>> 16) & 0xff] ^ t0[c >>> 24];
  }
  for (; i < bytes.length; i++) c = t0[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
