/**
 * Bytes per `btoa` call: a multiple of 3, so every chunk but the last encodes to whole base64
 * quadruplets without padding and the chunks' texts can simply be joined. 24 KiB keeps each
 * `String.fromCharCode(...chunk)` far below the engines' argument limits.
 */
const CHUNK_BYTES = 3 * 8192;

/**
 * Standard base64 (RFC 4648 §4, with `=` padding, no line breaks) of some bytes, as
 * `Excel.createWorkbook` takes an .xlsx file. Works in the browser, where there is no
 * `Buffer`: each chunk becomes a binary string (one character per byte) that `btoa` encodes.
 *
 * @example
 * bytesToBase64(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // → 'UEsDBA=='
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const chunk = bytes.subarray(start, start + CHUNK_BYTES);
    parts.push(btoa(String.fromCharCode(...chunk)));
  }
  return parts.join('');
}
