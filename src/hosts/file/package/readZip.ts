import { memorySource, type ByteSource } from './byteSource';
import type { ReadLimits, StoredEntry } from './packageModel';
import { corruptWorkbook, encryptedWorkbook, inflatesTooFar } from './packageRefusals';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8 = new TextDecoder('utf-8', { fatal: false });

/**
 * The entries of a zip file, read by hand from its end-of-central-directory record and central
 * directory (fflate's `unzip` would inflate every entry; the writer needs them still compressed).
 * Each entry's `data` is a view into `bytes` in memory, or the range of a {@link ByteSource} it
 * lies in (read when needed; only the directory and the local headers are read now). Zip64 records are read. Refused as a corrupt
 * workbook: offsets or sizes outside the file, a bad signature, a method other than stored or
 * deflated, an empty, absolute or `..` name, two names equal when letter case is ignored (OPC
 * part names are case-insensitive). Refused as too large: declared sizes summing past
 * `limits.maxInflatedBytes` (the inflater also counts, since a declared size can lie).
 *
 * @example
 * const entries = readZip(bytes, EXCEL_LIMITS);
 * entries.get('xl/workbook.xml')?.method // → 8
 */
export function readZip(input: Uint8Array | ByteSource, limits: ReadLimits): Map<string, StoredEntry> {
  const source = input instanceof Uint8Array ? memorySource(input) : input;
  const inMemory = input instanceof Uint8Array;
  // The end record, a comment of at most 65,535 bytes after it and a Zip64 locator before it.
  const tailStart = Math.max(0, source.length - 22 - 0xffff - 20);
  const tail = source.read(tailStart, source.length);
  const tailView = viewOf(tail);
  const eocd = findEocd(tail, tailView);
  let count = tailView.getUint16(eocd + 10, true);
  let cdSize = tailView.getUint32(eocd + 12, true);
  let cdOffset = tailView.getUint32(eocd + 16, true);
  if (tailView.getUint16(eocd + 4, true) !== 0 || tailView.getUint16(eocd + 6, true) !== 0) throw corruptWorkbook('a multi-part zip archive');
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    if (eocd < 20 || tailView.getUint32(eocd - 20, true) !== ZIP64_LOCATOR) throw corruptWorkbook('the Zip64 locator is missing');
    const at = safeNumber(tailView, eocd - 12);
    if (at + 56 > source.length) throw corruptWorkbook('the Zip64 end record is missing');
    const record = viewOf(source.read(at, at + 56));
    if (record.getUint32(0, true) !== ZIP64_EOCD) throw corruptWorkbook('the Zip64 end record is missing');
    count = safeNumber(record, 32);
    cdSize = safeNumber(record, 40);
    cdOffset = safeNumber(record, 48);
  }
  if (cdOffset + cdSize > source.length) throw corruptWorkbook('the zip central directory lies outside the file');
  const directory = source.read(cdOffset, cdOffset + cdSize);
  const view = viewOf(directory);
  const entries = new Map<string, StoredEntry>();
  const lowerNames = new Set<string>();
  let declared = 0;
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cdSize || view.getUint32(p, true) !== CENTRAL) throw corruptWorkbook('a zip central directory record is broken');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength + commentLength > cdSize) throw corruptWorkbook('a zip central directory record is broken');
    const name = UTF8.decode(directory.subarray(p + 46, p + 46 + nameLength));
    const sizes = {
      size: view.getUint32(p + 24, true),
      compressedSize: view.getUint32(p + 20, true),
      offset: view.getUint32(p + 42, true),
    };
    readZip64Extra(view, p + 46 + nameLength, extraLength, sizes);
    checkName(name, lowerNames);
    if (flags & 1) throw encryptedWorkbook();
    if (method !== 0 && method !== 8) throw corruptWorkbook(`part ${name} uses zip compression method ${method}`);
    const start = dataStart(source, name, sizes.offset, sizes.compressedSize);
    declared += sizes.size;
    if (declared > limits.maxInflatedBytes) throw inflatesTooFar(limits.maxInflatedBytes);
    entries.set(name, {
      kind: 'stored',
      name,
      method,
      crc32: view.getUint32(p + 16, true),
      compressedSize: sizes.compressedSize,
      size: sizes.size,
      flags,
      modTime: view.getUint16(p + 12, true),
      modDate: view.getUint16(p + 14, true),
      data: inMemory ? source.read(start, start + sizes.compressedSize) : { source, start, length: sizes.compressedSize },
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The end record's offset in `tail` (the file's last bytes). */
function findEocd(tail: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, tail.length - 22 - 0xffff);
  for (let at = tail.length - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) <= tail.length) return at;
  }
  throw corruptWorkbook('it is not a complete zip archive');
}

/** Zip64 extended information (header 0x0001): the 8-byte values of the fields set to 0xFFFFFFFF, in order. */
function readZip64Extra(view: DataView, start: number, length: number, sizes: { size: number; compressedSize: number; offset: number }): void {
  if (sizes.size !== 0xffffffff && sizes.compressedSize !== 0xffffffff && sizes.offset !== 0xffffffff) return;
  for (let p = start; p + 4 <= start + length;) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      for (const field of ['size', 'compressedSize', 'offset'] as const) {
        if (sizes[field] !== 0xffffffff) continue;
        if (q + 8 > p + 4 + size) throw corruptWorkbook('a Zip64 record is broken');
        sizes[field] = safeNumber(view, q);
        q += 8;
      }
      return;
    }
    p += 4 + size;
  }
  throw corruptWorkbook('a Zip64 record is missing');
}

function safeNumber(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corruptWorkbook('a Zip64 size is out of range');
  return Number(value);
}

function checkName(name: string, lowerNames: Set<string>): void {
  if (name === '' || name.startsWith('/') || name.includes('\0') || name.split(/[/\\]/).includes('..')) {
    throw corruptWorkbook(`the zip holds a part named '${name}'`);
  }
  const lower = name.toLowerCase();
  if (lowerNames.has(lower)) throw corruptWorkbook(`the zip holds part ${name} twice (part names ignore letter case)`);
  lowerNames.add(lower);
}

/** Where an entry's compressed bytes start, after its local header (checked to be there). */
function dataStart(source: ByteSource, name: string, offset: number, compressedSize: number): number {
  if (offset + 30 > source.length) throw corruptWorkbook(`the local header of part ${name} is missing`);
  const header = viewOf(source.read(offset, offset + 30));
  if (header.getUint32(0, true) !== LOCAL) throw corruptWorkbook(`the local header of part ${name} is missing`);
  const start = offset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  if (start + compressedSize > source.length) throw corruptWorkbook(`part ${name} lies outside the file`);
  return start;
}
