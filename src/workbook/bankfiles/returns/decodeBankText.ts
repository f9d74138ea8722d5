/** What the engine needs of the host's TextDecoder (in every browser and in Node, but not in ES2022's lib). */
interface TextDecoding {
  decode(bytes: Uint8Array): string;
}
type TextDecoderClass = new (label: string) => TextDecoding;

const hostTextDecoder = (globalThis as unknown as { TextDecoder: TextDecoderClass }).TextDecoder;

// The encoding an XML declaration names, read from its ASCII bytes: `encoding="ISO-8859-1"`.
const DECLARED_ENCODING = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/**
 * Decodes a bank file's bytes: UTF-8 (a BOM dropped, bad bytes as U+FFFD), unless an XML
 * declaration names another encoding the host knows (`ISO-8859-1`, `windows-1252`); a label the
 * host does not know is read as UTF-8 rather than refused, since a bank's file is read leniently.
 *
 * @example
 * decodeBankText(new Uint8Array([0xef, 0xbb, 0xbf, 0x31])) // → '1'
 */
export function decodeBankText(bytes: Uint8Array): string {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 200); i++) head += String.fromCharCode(bytes[i]);
  const declared = DECLARED_ENCODING.exec(head.replace(/^\xef\xbb\xbf/, ''))?.[1];
  if (declared !== undefined && !/^utf-?8$/i.test(declared)) {
    try {
      return new hostTextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: fall through to UTF-8.
    }
  }
  return new hostTextDecoder('utf-8').decode(bytes);
}
