import { textEntry } from './entryBytes';
import type { NewSheetTask } from './newSheetTasks';
import { addNewSheetStyles } from './newSheetXml';
import { packageNamespaces, STYLES_CONTENT_TYPE, WORKSHEET_CONTENT_TYPE } from './namespaces';
import { EXCEL_LIMITS, type NewEntry, type OpenedPackage, type PackageEntry, type SheetEdit, type StoredEntry } from './packageModel';
import { writesTooFar } from './packageRefusals';
import type { PatchOutcome, PatchTask } from './patchTasks';
import { planSheets } from './planSheets';
import { PackageParts } from './packageParts';
import { PORTABLE_CODECS } from './packageCodecs';
import { addOverride, addRelationship, newRelationshipId, readRelationships, relsPathOf, removeRelationship, resolveTarget } from './relationships';
import { minimalStylesXml, StylesEditor } from './stylesEditor';
import { addSheet, nextSheetId, removeSheet, renameSheet, sheetIndex } from './workbookSheets';

const CONTENT_TYPES = '[Content_Types].xml';

/** Where a sheet's part is put once its task has made it. */
export interface PartSlot {
  outcome: PatchOutcome | null;
}

/** What the save asks its caller for: a sheet's part made by `task` into `slot`, or every slot filled (`settle`). */
export type SaveStep = { kind: 'task'; task: PatchTask | NewSheetTask; slot: PartSlot } | { kind: 'settle' };

/** Stands for a part in file order until its task has made it. */
function placeholder(name: string): StoredEntry {
  return { kind: 'stored', name, method: 0, crc32: 0, compressedSize: 0, size: 0, flags: 0, modTime: 0, modDate: 0, data: new Uint8Array(0) };
}

/**
 * The package's entries after the edits, in file order; `onSet` is told of each new or changed
 * part as it is made. Each sheet with cells to write is yielded as a {@link PatchTask}, each
 * sheet to create as a {@link NewSheetTask}, with a slot for the part made (whole on this
 * thread, or streamed); the caller may fill the slots later, but all of them once `settle` is
 * yielded. The new sheets' styles are added first ({@link addNewSheetStyles}), so making the new
 * sheets adds none, and the styles part comes out the same whatever the order the tasks run in.
 *
 * @example
 * const steps = savedEntries(pkg, edits);
 * let step = steps.next();
 * for (; !step.done; step = steps.next()) if (step.value.kind === 'task') step.value.slot.outcome = makePart(step.value.task);
 * const entries = step.value; // in file order, to zip
 */
export function* savedEntries(
  pkg: OpenedPackage,
  edits: readonly SheetEdit[],
  maxInflatedBytes = EXCEL_LIMITS.maxInflatedBytes,
  onSet?: (entry: NewEntry) => void,
): Generator<SaveStep, PackageEntry[], void> {
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
  for (const sheet of plan.sheets) if (sheet.content.kind === 'new') addNewSheetStyles(sheet.content.sheet, styles);
  let calcChainStale = false;
  const slots: PartSlot[] = [];
  const task = (made: PatchTask | NewSheetTask): SaveStep => {
    const slot: PartSlot = { outcome: null };
    slots.push(slot);
    return { kind: 'task', task: made, slot };
  };

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
      yield task({ kind: 'patch', source, writes: content.writes, headers: content.headers, styles, date1904: pkg.date1904 });
    } else if (original?.path && content.kind === 'new') {
      // In place: same part, tab and sheetId; what the old content used goes with it.
      types = parts.removeDependents(original.path, types);
      yield task({ kind: 'newSheet', name: original.path, sheet: content.sheet, styles, date1904: pkg.date1904, namespace: ns.main });
      if (sheet.name !== original.name) workbook = renameSheet(workbook, original.relId, sheet.name);
      workbook = removeFilterDatabase(workbook, sheetIndex(workbook, original.relId));
      calcChainStale = true;
    } else if (content.kind === 'new') {
      const path = parts.freeName(`${workbookDir}worksheets/sheet`, '.xml');
      const relId = newRelationshipId(rels);
      rels = addRelationship(rels, relId, ns.worksheetRel, path.slice(workbookDir.length));
      workbook = addSheet(workbook, sheet.name, nextSheetId(workbook), relId, ns.relationships);
      types = addOverride(types, path, WORKSHEET_CONTENT_TYPE);
      parts.set(placeholder(path));
      yield task({ kind: 'newSheet', name: path, sheet: content.sheet, styles, date1904: pkg.date1904, namespace: ns.main });
    }
  }
  yield { kind: 'settle' };
  for (const slot of slots) {
    if (slot.outcome === null) throw new Error('A sheet of the package was not made before the save settled');
    parts.set(slot.outcome.entry);
    calcChainStale ||= slot.outcome.removedFormula;
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
