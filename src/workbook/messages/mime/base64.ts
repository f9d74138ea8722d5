const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Standard base64 (RFC 4648, with `=` padding) of some bytes, on one line. Written here so the
 * composer needs no host API (`Buffer` in Node, `btoa` of a binary string in a browser).
 *
 * @example
 * encodeBase64(Uint8Array.of(0x4d, 0x61)); // 'TWE='
 */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    out += ALPHABET[a >> 2] + ALPHABET[((a & 3) << 4) | (b >> 4)];
    out += i + 1 < bytes.length ? ALPHABET[((b & 15) << 2) | (c >> 6)] : '=';
    out += i + 2 < bytes.length ? ALPHABET[c & 63] : '=';
  }
  return out;
}

/**
 * Base64 of a MIME body part: lines of at most 76 characters (RFC 2045 §6.8), each ending in
 * CRLF, the last one included.
 *
 * @example
 * encodeBase64Lines(new Uint8Array(100)).split('\r\n')[0].length; // 76
 */
export function encodeBase64Lines(bytes: Uint8Array): string {
  const text = encodeBase64(bytes);
  let out = '';
  for (let i = 0; i < text.length; i += 76) out += text.slice(i, i + 76) + '\r\n';
  return out;
}
