import { textEntry } from './entryBytes';
import { newSheetStreamed, newSheetWhole, type NewSheetTask } from './newSheetTasks';
import { packageNamespaces, STYLES_CONTENT_TYPE, WORKSHEET_CONTENT_TYPE } from './namespaces';
import { EXCEL_LIMITS, type NewEntry, type OpenedPackage, type PackageEntry, type SheetEdit } from './packageModel';
import { writesTooFar } from './packageRefusals';
import { patchStreamed, patchWhole, type PatchOutcome, type PatchTask } from './patchTasks';
import { planSheets } from './planSheets';
import { PackageParts } from './packageParts';
import { PORTABLE_CODECS } from './packageCodecs';
import { addOverride, addRelationship, newRelationshipId, readRelationships, relsPathOf, removeRelationship, resolveTarget } from './relationships';
import { minimalStylesXml, StylesEditor } from './stylesEditor';
import { addSheet, nextSheetId, removeSheet, renameSheet, sheetIndex } from './workbookSheets';
import { Deflate, deflatedEntry, joinPieces, zipPieces } from './writeZip';

const CONTENT_TYPES = '[Content_Types].xml';

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
 * {@link zipPieces}): untouched entries are views of the package's own bytes, not copies.
 *
 * @example
 * for (const piece of savePackagePieces(pkg, edits)) writeSync(fd, piece);
 */
export function savePackagePieces(pkg: OpenedPackage, edits: readonly SheetEdit[], options: SavePackageOptions = {}): Uint8Array[] {
  const codecs = pkg.codecs ?? PORTABLE_CODECS;
  const steps = savedEntries(pkg, edits, options.maxInflatedBytes);
  let step = steps.next();
  while (!step.done) {
    const task = step.value;
    step = steps.next(task.kind === 'newSheet' ? { entry: newSheetWhole(task), removedFormula: false } : patchWhole(task, codecs));
  }
  return zipPieces(step.value, options.deflate ?? codecs.deflate, codecs.crc32);
}

/** Parts smaller than this are deflated on the spot: handing them to another thread costs more. */
const DEFLATE_AHEAD_BYTES = 1 << 16;

/**
 * {@link savePackagePieces} with each big new or changed part deflated on another thread (the
 * codecs' `deflateStream`: Node's zlib on the thread pool) from the moment it is made, while the
 * next sheet is patched or laid out. Without `deflateStream`, the same as the sync save.
 *
 * @example
 * const pieces = await savePackagePiecesAsync(pkg, edits);
 */
export async function savePackagePiecesAsync(pkg: OpenedPackage, edits: readonly SheetEdit[], options: SavePackageOptions = {}): Promise<Uint8Array[]> {
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
  let step = steps.next();
  while (!step.done) {
    const task = step.value;
    step = steps.next(task.kind === 'newSheet' ? { entry: await newSheetStreamed(task, codecs), removedFormula: false } : await patchStreamed(task, codecs));
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

/**
 * The package's entries after the edits, in file order; `onSet` is told of each new or changed
 * part as it is made. Each sheet with cells to write is yielded as a {@link PatchTask}, each
 * sheet to create as a {@link NewSheetTask}, and the caller sends back the part made: whole on
 * this thread, or streamed.
 */
function* savedEntries(
  pkg: OpenedPackage,
  edits: readonly SheetEdit[],
  maxInflatedBytes = EXCEL_LIMITS.maxInflatedBytes,
  onSet?: (entry: NewEntry) => void,
): Generator<PatchTask | NewSheetTask, PackageEntry[], PatchOutcome> {
  const codecs = pkg.codecs ?? PORTABLE_CODECS;
  const parts = new PackageParts(pkg.entries, codecs.inflate, onSet);
  const ns = packageNamespaces(pkg.strict);
  const workbookRels = relsPathOf(pkg.workbookPath);
  const workbookDir = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf('/') + 1);
  let workbook = parts.text(pkg.workbookPath);
  let rels = parts.text(workbookRels);
  let types = parts.text(CONTENT_TYPES);
  const plan = planSheets(pkg.sheets, edits);
  if (plan.sheets.length === 0) throw new Error('A workbook must keep at least one sheet');

  const stylesRel = readRelationships(rels).find((r) => r.type.endsWith('/styles'));
  const stylesPath = stylesRel ? resolveTarget(pkg.workbookPath, stylesRel.target) : `${workbookDir}styles.xml`;
  const stylesOriginal = parts.has(stylesPath) ? parts.text(stylesPath) : null;
  const styles = new StylesEditor(stylesOriginal ?? minimalStylesXml(ns.main));
  let calcChainStale = false;

  for (const gone of plan.removed) {
    workbook = removeSheet(workbook, gone.relId);
    rels = removeRelationship(rels, gone.relId);
    if (gone.path) types = parts.removeTree(gone.path, types);
    calcChainStale = true;
  }

  for (const sheet of plan.sheets) {
    const { original, content } = sheet;
    if (original?.path && content.kind === 'cells') {
      if (content.writes.size === 0) continue;
      const source = parts.entry(original.path);
      const patched = yield { kind: 'patch', source, writes: content.writes, headers: content.headers, styles, date1904: pkg.date1904 };
      parts.set(patched.entry);
      calcChainStale ||= patched.removedFormula;
    } else if (original?.path && content.kind === 'new') {
      // In place: same part, tab and sheetId; what the old content used goes with it.
      types = parts.removeDependents(original.path, types);
      parts.set((yield { kind: 'newSheet', name: original.path, sheet: content.sheet, styles, date1904: pkg.date1904, namespace: ns.main }).entry);
      if (sheet.name !== original.name) workbook = renameSheet(workbook, original.relId, sheet.name);
      workbook = removeFilterDatabase(workbook, sheetIndex(workbook, original.relId));
      calcChainStale = true;
    } else if (content.kind === 'new') {
      const path = parts.freeName(`${workbookDir}worksheets/sheet`, '.xml');
      const relId = newRelationshipId(rels);
      rels = addRelationship(rels, relId, ns.worksheetRel, path.slice(workbookDir.length));
      workbook = addSheet(workbook, sheet.name, nextSheetId(workbook), relId, ns.relationships);
      types = addOverride(types, path, WORKSHEET_CONTENT_TYPE);
      parts.set((yield { kind: 'newSheet', name: path, sheet: content.sheet, styles, date1904: pkg.date1904, namespace: ns.main }).entry);
    }
  }

  if (styles.changed) {
    parts.set(textEntry(stylesPath, styles.text));
    if (stylesOriginal === null) {
      rels = addRelationship(rels, newRelationshipId(rels), ns.stylesRel, stylesPath.slice(workbookDir.length));
      types = addOverride(types, stylesPath, STYLES_CONTENT_TYPE);
    }
  }
  if (calcChainStale) {
    const chain = readRelationships(rels).find((r) => r.type.endsWith('/calcChain'));
    if (chain) {
      rels = rels.replace(chain.xml, '');
      types = parts.removeTree(resolveTarget(pkg.workbookPath, chain.target), types);
    }
  }
  parts.setTextIfChanged(pkg.workbookPath, workbook);
  parts.setTextIfChanged(workbookRels, rels);
  parts.setTextIfChanged(CONTENT_TYPES, types);
  const entries = parts.list();
  // SPEC §8: a file whose parts inflate beyond 1 GiB is refused when read; such a file is not written either.
  let inflated = 0;
  for (const entry of entries) inflated += entry.kind === 'new' ? entry.content.length : entry.size;
  if (inflated > maxInflatedBytes) throw writesTooFar(maxInflatedBytes, inflated);
  return entries;
}

/** The workbook part without the hidden filter name of a sheet whose old filter is gone. */
function removeFilterDatabase(workbook: string, index: number): string {
  return workbook.replace(/<(\w+:)?definedName\b[^>]*>[\s\S]*?<\/\1?definedName>/g, (element) =>
    /\sname="_xlnm\._FilterDatabase"/.test(element) && new RegExp(`\\slocalSheetId="${index}"`).test(element) ? '' : element,
  );
}
