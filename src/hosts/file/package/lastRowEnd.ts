/**
 * Where the last complete `</row>` (or prefixed `</x:row>`) in `bytes` ends: the index just
 * after its `>`, or −1 when there is none. A sheet streamed in chunks is read up to there, and
 * the rest waits for the next chunk: a cut there never splits a tag, a text or a cell.
 *
 * @example
 * lastRowEnd(new TextEncoder().encode('<row r="1"></row><row r="2"><c')) // → 17
 */
export function lastRowEnd(bytes: Uint8Array): number {
  for (let gt = bytes.lastIndexOf(0x3e /* > */); gt >= 5; gt = bytes.lastIndexOf(0x3e, gt - 1)) {
    if (bytes[gt - 1] !== 0x77 /* w */ || bytes[gt - 2] !== 0x6f /* o */ || bytes[gt - 3] !== 0x72 /* r */) continue;
    let at = gt - 4;
    if (bytes[at] === 0x3a /* : */) {
      // A prefix: name characters back to the `/`.
      at--;
      while (at > 0 && isPrefixByte(bytes[at])) at--;
    }
    if (bytes[at] === 0x2f /* / */ && bytes[at - 1] === 0x3c /* < */) return gt + 1;
  }
  return -1;
}

function isPrefixByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2d || b === 0x2e || b >= 0x80;
}
