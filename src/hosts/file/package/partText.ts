import type { InflateBudget } from './inflateBudget';
import { inflatePart } from './inflatePart';
import { PORTABLE_CODECS, type ResolvedCodecs } from './packageCodecs';
import type { PackageEntry, StoredEntry } from './packageModel';
import { utf8Part } from './utf8Part';

/** Keeps a BOM: {@link utf8Part} has dropped the part's own, so one left is text (U+FEFF) that was written twice. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

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
  return UTF8.decode(utf8Part(partBytes(entry, budget, codecs)));
}

/**
 * A part's content as bytes, as stored (no decoding; see {@link utf8Part}): inflated and
 * charged to `budget`, or the content of a part a command wrote.
 *
 * @example
 * partBytes(entries.get('xl/worksheets/sheet1.xml')!, budget).length // → the part's inflated size
 */
export function partBytes(entry: PackageEntry, budget: InflateBudget, codecs: ResolvedCodecs = PORTABLE_CODECS): Uint8Array {
  return entry.kind === 'new' ? entry.content : inflatePart(entry as StoredEntry, budget, codecs);
}
