import { CarriedBytes } from './carriedBytes';
import { entryBytes, piecesEntry } from './entryBytes';
import { InflateBudget } from './inflateBudget';
import { inflatePartChunks } from './inflatePartChunks';
import { lastRowEnd } from './lastRowEnd';
import type { InflateRaw, ResolvedCodecs } from './packageCodecs';
import type { PackageEntry, StoredEntry } from './packageModel';
import { NeedsWholePart, patchSheetCells, SheetCellPatcher, type CellWrites } from './patchSheetCells';
import type { HeaderCells } from './planSheets';
import type { StylesEditor } from './stylesEditor';
import { utf16Encoding } from './utf8Part';
import { Utf8Sink } from './utf8Sink';
import { deflatedEntry } from './writeZip';

/** A sheet to patch: the part as stored, and the cells to write into it. */
export interface PatchTask {
  source: PackageEntry;
  writes: CellWrites;
  /** Header cells the product adds (styled like the header to their left). */
  headers?: HeaderCells;
  styles: StylesEditor;
  date1904: boolean;
}

/** A patched sheet: the new part (deflated already, or not), and whether a formula was written over. */
export interface PatchOutcome {
  entry: PackageEntry;
  removedFormula: boolean;
}

/**
 * The part inflated and decoded whole, patched, and encoded piece by piece.
 *
 * @example
 * const { entry } = patchWhole({ source, writes, styles, date1904: false }, null);
 */
export function patchWhole(task: PatchTask, inflate: InflateRaw | null): PatchOutcome {
  const patched = patchSheetCells(partXml(task.source, inflate), task.writes, task.styles, task.date1904, task.headers);
  return { entry: piecesEntry(task.source.name, patched.pieces), removedFormula: patched.removedFormula };
}

/**
 * A sheet part's text to patch. A UTF-16 part (XML allows it; rare) is decoded as UTF-16 and
 * written back as UTF-8, its XML declaration saying so; any other part is UTF-8, its
 * byte-order mark kept.
 */
function partXml(source: PackageEntry, inflate: InflateRaw | null): string {
  const bytes = entryBytes(source, inflate);
  const utf16 = utf16Encoding(bytes);
  if (utf16 === null) return UTF8.decode(bytes);
  return new TextDecoder(utf16).decode(bytes).replace(/^(<\?xml\b[^?]*?\bencoding=)(["'])UTF-16\2/i, '$1$2UTF-8$2');
}

const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Bytes of patched XML handed to the deflater at a time (about one inflated chunk's worth). */
const CHUNK_BYTES = 1 << 21;

/**
 * The sheet patched as it streams (SPEC §8: a 48 MB Members sheet is never held whole): its
 * part inflated chunk by chunk on the thread pool ({@link inflatePartChunks}), each run of
 * whole rows patched ({@link SheetCellPatcher}) and encoded, and the output deflated by the
 * codecs' `deflateStream`, on the thread pool too — the bytes equal {@link patchWhole}'s.
 * Without those codecs, for a part not stored in the zip, a UTF-16 part or one the patcher
 * cannot cut ({@link NeedsWholePart}), the part is patched whole.
 *
 * @example
 * const { entry, removedFormula } = await patchStreamed(task, resolveCodecs(nodeCodecs()));
 */
export async function patchStreamed(task: PatchTask, codecs: ResolvedCodecs): Promise<PatchOutcome> {
  const { source } = task;
  const startDeflate = codecs.deflateStream;
  if (source.kind !== 'stored' || !codecs.inflateChunks || !startDeflate) return patchWhole(task, codecs.inflate);
  const patcher = new SheetCellPatcher(task.writes, task.styles, task.date1904, task.headers);
  const deflater = startDeflate();
  const sink = new Utf8Sink(CHUNK_BYTES);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const rest = new CarriedBytes();
  let crc = 0;
  let size = 0;
  let first = true;
  // Buffers the deflater is done with, reused for the next chunks.
  const free: Uint8Array[] = [];
  const emit = (pieces: string[]): void => {
    for (const piece of pieces) sink.write(piece);
    const bytes = sink.swap(free.pop() ?? new Uint8Array(CHUNK_BYTES));
    crc = codecs.crc32(crc, bytes);
    size += bytes.length;
    deflater.write(bytes, () => free.push(new Uint8Array(bytes.buffer)));
  };
  try {
    await inflatePartChunks(source as StoredEntry, new InflateBudget(source.size), codecs, (chunk) => {
      if (first && utf16Encoding(chunk) !== null) throw new NeedsWholePart();
      first = false;
      const data = rest.length === 0 ? chunk : rest.append(chunk);
      // Cut after a closing row tag (ASCII): no character is split between two decodes.
      const cut = lastRowEnd(data);
      if (cut > 0) emit(patcher.feed(decoder.decode(data.subarray(0, cut)), false));
      rest.keep(data, Math.max(cut, 0));
    });
    emit(patcher.feed(decoder.decode(rest.bytes()), true));
  } catch (e) {
    deflater.abort();
    if (e instanceof NeedsWholePart) return patchWhole(task, codecs.inflate);
    throw e;
  }
  return { entry: deflatedEntry(source.name, await deflater.end(), crc, size), removedFormula: patcher.removedFormula };
}
