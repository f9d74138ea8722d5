import { newSheetStreamed, newSheetWhole } from './newSheetTasks';
import type { NewEntry, OpenedPackage, SheetEdit } from './packageModel';
import { patchStreamed, patchWhole } from './patchTasks';
import { PORTABLE_CODECS } from './packageCodecs';
import { savedEntries } from './savedEntries';
import { Deflate, deflatedEntry, joinPieces, zipPieces, type ZipPiece } from './writeZip';

export interface SavePackageOptions {
  /** How new and changed parts are deflated: the package's codecs (fflate level 6 unless it was opened with others) unless given (see {@link Deflate}). */
  deflate?: Deflate;
  /** The most the saved parts may inflate to (SPEC §8's 1 GiB unless given; tests give less). */
  maxInflatedBytes?: number;
}

/**
 * The package after a command's edits, as .xlsx bytes (SPEC §8 "Everything else kept"): every
 * entry the edits do not touch is copied raw; a sheet with written cells is patched cell by
 * cell; replaced and created sheets are written whole (bold frozen header, autofilter, date
 * formats, widths); the workbook part, its rels, `[Content_Types].xml` and the styles part are
 * edited as text, so everything else in them stays byte-identical. A deleted or replaced sheet
 * takes with it the parts only it used (drawings, tables, comments…). The calculation chain is
 * dropped when a formula is overwritten or a sheet goes (Excel rebuilds it; a stale one makes
 * Excel repair the file).
 *
 * @example
 * const bytes = savePackage(pkg, [{ kind: 'replace', sheet: preview }]);
 */
export function savePackage(pkg: OpenedPackage, edits: readonly SheetEdit[], options: SavePackageOptions = {}): Uint8Array {
  return joinPieces(savePackagePieces(pkg, edits, options));
}

/**
 * {@link savePackage} as the pieces of the zip, to be written one after another (see
 * {@link zipPieces}): untouched entries are views of the package's own bytes, or ranges of the
 * file it was opened from, not copies.
 *
 * @example
 * for (const piece of savePackagePieces(pkg, edits)) for (const bytes of piecesOf(piece)) writeSync(fd, bytes);
 */
export function savePackagePieces(pkg: OpenedPackage, edits: readonly SheetEdit[], options: SavePackageOptions = {}): ZipPiece[] {
  const codecs = pkg.codecs ?? PORTABLE_CODECS;
  const steps = savedEntries(pkg, edits, options.maxInflatedBytes);
  let step = steps.next();
  while (!step.done) {
    const made = step.value;
    if (made.kind === 'task')
      made.slot.outcome = made.task.kind === 'newSheet' ? { entry: newSheetWhole(made.task), removedFormula: false } : patchWhole(made.task, codecs);
    step = steps.next();
  }
  return zipPieces(step.value, options.deflate ?? codecs.deflate, codecs.crc32);
}

/** Parts smaller than this are deflated on the spot: handing them to another thread costs more. */
const DEFLATE_AHEAD_BYTES = 1 << 16;

/**
 * {@link savePackagePieces} with each big new or changed part deflated on another thread (the
 * codecs' `deflateStream`: Node's zlib on the thread pool) from the moment it is made, while the
 * next sheet is patched or laid out. The sheets to patch are patched one after another, and the
 * new sheets laid out on this thread meanwhile, while a patch waits for zlib to inflate and
 * deflate (a 100,000 post ~0.1–0.3 s faster in paired runs). The bytes are the sync save's: the
 * new sheets' styles are added before any sheet is made, so the patches alone add styles, in
 * their order. Without `deflateStream`, the same as the sync save.
 *
 * @example
 * const pieces = await savePackagePiecesAsync(pkg, edits);
 */
export async function savePackagePiecesAsync(pkg: OpenedPackage, edits: readonly SheetEdit[], options: SavePackageOptions = {}): Promise<ZipPiece[]> {
  const codecs = pkg.codecs ?? PORTABLE_CODECS;
  const startDeflate = codecs.deflateStream;
  if (!startDeflate) return savePackagePieces(pkg, edits, options);
  const ahead = new Map<NewEntry, Promise<Uint8Array>>();
  const steps = savedEntries(pkg, edits, options.maxInflatedBytes, (entry) => {
    if (entry.content.length < DEFLATE_AHEAD_BYTES) return;
    const deflater = startDeflate();
    deflater.write(entry.content);
    const deflating = deflater.end();
    deflating.catch(() => undefined); // a part replaced later is never awaited; its own await reports any failure
    ahead.set(entry, deflating);
  });
  let patching: Promise<void> = Promise.resolve();
  let step = steps.next();
  while (!step.done) {
    const made = step.value;
    if (made.kind === 'settle') await patching;
    else if (made.task.kind === 'patch') {
      const { task, slot } = made;
      patching = patching.then(async () => void (slot.outcome = await patchStreamed(task, codecs)));
      patching.catch(() => undefined); // awaited when the parts settle; until then a failure must not go unhandled
    } else made.slot.outcome = { entry: await newSheetStreamed(made.task, codecs), removedFormula: false };
    step = steps.next();
  }
  const entries = step.value;
  const ready = await Promise.all(
    entries.map(async (entry) => {
      const deflating = entry.kind === 'new' ? ahead.get(entry) : undefined;
      if (!deflating) return entry;
      const { content } = entry as NewEntry;
      return deflatedEntry(entry.name, await deflating, codecs.crc32(0, content), content.length);
    }),
  );
  return zipPieces(ready, codecs.deflate, codecs.crc32);
}
