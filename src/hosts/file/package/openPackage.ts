import type { ByteSource } from './byteSource';
import { checkContainer } from './checkContainer';
import { InflateBudget } from './inflateBudget';
import { resolveCodecs, type PackageCodecs, type ResolvedCodecs } from './packageCodecs';
import { EXCEL_LIMITS, type OpenedPackage, type ReadLimits, type SheetPart } from './packageModel';
import { corruptWorkbook, notXlsx, unreadableSheet } from './packageRefusals';
import { hasType, readRelationships, type Relationship } from './readRelationships';
import { readSharedStrings } from './readSharedStrings';
import { readWorkbookPart } from './readWorkbookPart';
import { readZip } from './readZip';
import { findEntry, partText } from './partText';
import { XmlProblem } from './scanXml';

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * Opens an .xlsx / .xlsm package: its zip entries (still compressed), the workbook part found
 * through the package's `officeDocument` relationship (transitional or Strict), its sheets in
 * tab order with their worksheet parts, the 1904 flag and the shared strings. No worksheet is
 * parsed yet ({@link readSheetGrid} does that, sheet by sheet). Refused (SPEC §8): encrypted
 * workbooks, .xls / .xlsb / .ods under an .xlsx name, corrupt zips and parts, parts inflating
 * beyond the budget. `budget` is shared with the later sheet reads of the same package; `codecs`
 * (default: portable fflate ones) are kept on the package for them and for the writer.
 *
 * @example
 * const pkg = openPackage(bytes);
 * pkg.sheets.map((s) => s.name) // → ['Members', 'Products', 'Runs']
 */
export function openPackage(
  bytes: Uint8Array | ByteSource,
  limits: ReadLimits = EXCEL_LIMITS,
  budget = new InflateBudget(limits.maxInflatedBytes),
  given: PackageCodecs = {},
): OpenedPackage {
  const codecs = resolveCodecs(given);
  checkContainer(bytes);
  const entries = readZip(bytes, limits);
  const mimetype = entries.get('mimetype');
  if (mimetype && partText(mimetype, budget, codecs).trim().startsWith(ODS_MIME)) throw notXlsx('an OpenDocument spreadsheet (.ods)');
  const workbookPath = findWorkbookPath(entries, budget, codecs);
  if (workbookPath.toLowerCase().endsWith('.bin')) throw notXlsx('an Excel Binary Workbook (.xlsb)');
  const workbookEntry = findEntry(entries, workbookPath);
  if (!workbookEntry) throw corruptWorkbook(`its workbook part ${workbookPath} is missing`);
  const facts = readXml(workbookPath, () => readWorkbookPart(partText(workbookEntry, budget, codecs)));
  const relationships = readRelationships(entries, workbookEntry.name, budget, codecs);
  const sheets = facts.sheets.map((sheet): SheetPart => ({ ...sheet, path: worksheetPath(sheet.name, sheet.relId, relationships, entries) }));
  return {
    entries,
    workbookPath: workbookEntry.name,
    sheets,
    date1904: facts.date1904,
    strict: facts.strict,
    sharedStrings: readStrings(entries, workbookEntry.name, relationships, budget, codecs),
    codecs,
  };
}

function findWorkbookPath(entries: OpenedPackage['entries'], budget: InflateBudget, codecs: ResolvedCodecs): string {
  const office = readRelationships(entries, '', budget, codecs).find((r) => hasType(r.type, 'officeDocument') && r.part !== null);
  if (office?.part) return office.part;
  // No package relationship to it: the usual names, as Excel itself would guess.
  for (const name of ['xl/workbook.xml', 'xl/workbook.bin']) if (findEntry(entries, name)) return name;
  throw corruptWorkbook('it has no workbook part');
}

/**
 * The worksheet part of a sheet; `null` for a chartsheet, dialog or macro sheet. A sheet whose
 * relationship is missing, or points to a part that is not there, cannot be read.
 */
function worksheetPath(name: string, relId: string, relationships: Relationship[], entries: OpenedPackage['entries']): string | null {
  const rel = relationships.find((r) => r.id === relId);
  if (!rel || rel.part === null) throw unreadableSheet(name, 'the workbook names no part for it');
  if (!hasType(rel.type, 'worksheet')) return null;
  const entry = findEntry(entries, rel.part);
  if (!entry) throw unreadableSheet(name, `its part ${rel.part} is missing from the file`);
  return entry.name;
}

function readStrings(
  entries: OpenedPackage['entries'],
  workbookPath: string,
  relationships: Relationship[],
  budget: InflateBudget,
  codecs: ResolvedCodecs,
): string[] {
  const rel = relationships.find((r) => hasType(r.type, 'sharedStrings') && r.part !== null);
  // Some writers leave the relationship out: the part beside the workbook part is still Excel's table.
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const entry = findEntry(entries, rel?.part ?? `${folder}sharedStrings.xml`);
  if (!entry) return [];
  return readXml(entry.name, () => readSharedStrings(partText(entry, budget, codecs)));
}

function readXml<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof XmlProblem) throw corruptWorkbook(`part ${part}: ${e.message}`);
    throw e;
  }
}
