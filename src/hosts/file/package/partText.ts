import type { InflateBudget } from './inflateBudget';
import { inflatePart } from './inflatePart';
import { PORTABLE_CODECS, type ResolvedCodecs } from './packageCodecs';
import type { PackageEntry, StoredEntry } from './packageModel';

const UTF8 = new TextDecoder('utf-8');
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');

/**
 * The entry of a part name, matched ignoring letter case (OPC part names are case-insensitive:
 * a relationship to `xl/Worksheets/Sheet1.xml` finds `xl/worksheets/sheet1.xml`).
 *
 * @example
 * findEntry(entries, 'XL/workbook.xml')?.name // → 'xl/workbook.xml'
 */
export function findEntry(entries: ReadonlyMap<string, PackageEntry>, name: string): PackageEntry | undefined {
  const exact = entries.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [key, entry] of entries) if (key.toLowerCase() === lower) return entry;
  return undefined;
}

/**
 * A part's content as text: inflated (charged to `budget`) and decoded as UTF-8, or UTF-16
 * when it starts with a UTF-16 byte-order mark (XML allows both; a UTF-8 BOM is dropped).
 *
 * @example
 * partText(entries.get('xl/workbook.xml')!, budget).startsWith('<?xml') // → true
 */
export function partText(entry: PackageEntry, budget: InflateBudget, codecs: ResolvedCodecs = PORTABLE_CODECS): string {
  const bytes = entry.kind === 'new' ? entry.content : inflatePart(entry as StoredEntry, budget, codecs);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE.decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE.decode(bytes);
  return UTF8.decode(bytes);
}
