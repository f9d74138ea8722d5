import { CarriedBytes } from './carriedBytes';
import { ChunkDeflater } from './chunkDeflater';
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

/** A sheet to patch: the part as stored, and the cells to write into it. */
export interface PatchTask {
  kind: 'patch';
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
 * The part inflated whole, patched, and its pieces gathered into one buffer.
 *
 * @example
 * const { entry } = patchWhole({ kind: 'patch', source, writes, styles, date1904: false }, PORTABLE_CODECS);
 */
export function patchWhole(task: PatchTask, codecs: Pick<ResolvedCodecs, 'inflate' | 'search'>): PatchOutcome {
  const patched = patchSheetCells(partBytes(task.source, codecs.inflate), task.writes, task.styles, task.date1904, task.headers, codecs.search);
  return { entry: piecesEntry(task.source.name, patched.pieces), removedFormula: patched.removedFormula };
}

/**
 * A sheet part's UTF-8 bytes to patch. A UTF-16 part (XML allows it; rare) is decoded as UTF-16
 * and written back as UTF-8, its XML declaration saying so; any other part is UTF-8, patched as
 * it is (its byte-order mark kept).
 */
function partBytes(source: PackageEntry, inflate: InflateRaw | null): Uint8Array {
  const bytes = entryBytes(source, inflate);
  const utf16 = utf16Encoding(bytes);
  if (utf16 === null) return bytes;
  return new TextEncoder().encode(new TextDecoder(utf16).decode(bytes).replace(/^(<\?xml\b[^?]*?\bencoding=)(["'])UTF-16\2/i, '$1$2UTF-8$2'));
}

/**
 * The sheet patched as it streams (SPEC §8: a 48 MB Members sheet is never held whole): its
 * part inflated chunk by chunk on the thread pool ({@link inflatePartChunks}), each run of
 * whole rows patched as bytes ({@link SheetCellPatcher}), and the output deflated by the
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
  if (source.kind !== 'stored' || !codecs.inflateChunks || !startDeflate) return patchWhole(task, codecs);
  const patcher = new SheetCellPatcher(task.writes, task.styles, task.date1904, task.headers, codecs.search);
  const out = new ChunkDeflater(codecs, startDeflate);
  const rest = new CarriedBytes();
  let first = true;
  try {
    await inflatePartChunks(source as StoredEntry, new InflateBudget(source.size), codecs, (chunk) => {
      if (first && utf16Encoding(chunk) !== null) throw new NeedsWholePart();
      first = false;
      const data = rest.length === 0 ? chunk : rest.append(chunk);
      // Cut after a closing row tag: no tag, text or character is split between two feeds.
      const cut = lastRowEnd(data);
      if (cut > 0) {
        out.sink.writePieces(patcher.feed(data.subarray(0, cut), false));
        out.hand();
      }
      rest.keep(data, Math.max(cut, 0));
      return out.room();
    });
    out.sink.writePieces(patcher.feed(rest.bytes(), true));
  } catch (e) {
    out.abort();
    if (e instanceof NeedsWholePart) return patchWhole(task, codecs);
    throw e;
  }
  return { entry: await out.end(source.name), removedFormula: patcher.removedFormula };
}
