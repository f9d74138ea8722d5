import type { ByteSource } from './byteSource';
import { corruptWorkbook, encryptedWorkbook, notXlsx } from './packageRefusals';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

/**
 * Refuses, before any zip parsing, a file that is no zip package: an encrypted workbook (Excel
 * keeps a password-protected .xlsx in a Compound File Binary container holding
 * `EncryptionInfo` and `EncryptedPackage` streams), a legacy .xls (the same container without
 * them), or anything else. The stream names are found by their UTF-16LE bytes, which is how the
 * container's directory stores them — a cheap test that needs no CFB reader; a legacy .xls
 * whose cells held exactly those words in UTF-16 would be misnamed as encrypted, and still
 * refused.
 *
 * @example
 * checkContainer(xlsxBytes)      // passes
 * checkContainer(encryptedBytes) // throws ENCRYPTED_WORKBOOK "… save it without a password."
 */
export function checkContainer(input: Uint8Array | ByteSource): void {
  const bytes = input instanceof Uint8Array ? input : input.read(0, Math.min(CFB.length, input.length));
  if (startsWith(bytes, CFB)) {
    // Refused either way: the whole container is read only to say which.
    const whole = input instanceof Uint8Array ? input : input.read(0, input.length);
    if (contains(whole, utf16('EncryptedPackage')) || contains(whole, utf16('EncryptionInfo'))) throw encryptedWorkbook();
    throw notXlsx('an Excel 97–2003 workbook (.xls)');
  }
  if (!startsWith(bytes, ZIP)) throw corruptWorkbook('it is not an .xlsx (zip) package');
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function utf16(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}
