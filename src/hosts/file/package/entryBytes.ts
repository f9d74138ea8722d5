import { inflateSync } from 'fflate';
import { bytesOf } from './byteSource';
import type { InflateRaw } from './packageCodecs';
import type { NewEntry, PackageEntry } from './packageModel';
import { Utf8Sink } from './utf8Sink';

/**
 * The uncompressed bytes of a zip entry: a stored (method 0) entry as is, a deflated (method 8)
 * one inflated, a new entry's content. The reader bounds inflation while it opens a package;
 * the writer inflates only the few parts it edits, which the reader already measured.
 *
 * @example
 * entryBytes(pkg.entries.get('xl/workbook.xml')!) // → the workbook part's bytes
 */
export function entryBytes(entry: PackageEntry, inflate: InflateRaw | null = null): Uint8Array {
  if (entry.kind === 'new') return entry.content;
  const data = bytesOf(entry.data);
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflate ? inflate(data, entry.size) : inflateSync(data, { out: new Uint8Array(entry.size) });
  throw new Error(`Zip entry ${entry.name} uses compression method ${entry.method}`);
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * The text of an XML part. A byte-order mark is kept (ignoreBOM: it stays in the text), so a
 * part decoded and encoded again without change is byte-identical.
 */
export function entryText(entry: PackageEntry, inflate: InflateRaw | null = null): string {
  return decoder.decode(entryBytes(entry, inflate));
}

/** A new entry of `pieces` (text, or UTF-8 bytes), in order, as UTF-8: each piece written into one buffer, no joined string. */
export function piecesEntry(name: string, pieces: readonly (string | Uint8Array)[]): NewEntry {
  let size = 0;
  for (const piece of pieces) size += piece.length;
  const sink = new Utf8Sink(Math.max(1024, Math.ceil(size * 1.1)));
  for (const piece of pieces)
    if (typeof piece === 'string') sink.write(piece);
    else sink.writeBytes(piece);
  return { kind: 'new', name, content: sink.bytes() };
}

/** A new entry with the given text as UTF-8. */
export function textEntry(name: string, text: string): NewEntry {
  return { kind: 'new', name, content: encoder.encode(text) };
}
