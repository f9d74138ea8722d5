import type { Cell, CellSelection, SheetGrid } from '../../../workbook/sheetGrid';
import { EXCEL_LIMITS, type OpenedPackage, type ReadLimits, type SheetPart } from './packageModel';
import { beyondGrid, unreadableSheet } from './packageRefusals';
import { findEntry, partBytes } from './partText';
import { CarriedBytes } from './carriedBytes';
import { InflateBudget } from './inflateBudget';
import { inflatePartChunks } from './inflatePartChunks';
import { lastRowEnd } from './lastRowEnd';
import { scanSheetBytes, SheetScanner, SheetScanProblem } from './scanSheetXml';
import { utf16Encoding } from './utf8Part';

/** The row every row without cells shares: rows between real rows cost one pointer each. */
const NO_CELLS: Cell[] = Object.freeze([]) as unknown as Cell[];

/**
 * One worksheet of an opened package as a grid of the cells really present: the used range runs
 * from the first to the last row and column holding a value (the declared `<dimension>` is never
 * read), rows without values are one shared empty row, and each row is only as long as its last
 * cell. The part is inflated against `budget` and scanned as UTF-8 bytes, never decoded to one
 * string. Refused: a cell past Excel's grid (TOO_LARGE), a part that cannot be read
 * (UNREADABLE_SHEET "Sheet X could not be read: …"). With `select`, only the cells it keeps
 * are decoded and kept (a sheet whose rows are out of order is read whole instead).
 *
 * @example
 * const grid = readSheetGrid(pkg, pkg.sheets[0], budget);
 * grid.cells[0] // → the first row holding a value, at Excel row grid.firstRow
 */
export function readSheetGrid(
  pkg: OpenedPackage,
  sheet: SheetPart,
  budget: InflateBudget,
  limits: ReadLimits = EXCEL_LIMITS,
  select?: CellSelection,
): SheetGrid {
  if (sheet.path === null) throw unreadableSheet(sheet.name, 'it is a chart, dialog or macro sheet, not a worksheet');
  const entry = findEntry(pkg.entries, sheet.path);
  if (!entry) throw unreadableSheet(sheet.name, `its part ${sheet.path} is missing from the file`);
  let rows: Map<number, Cell[]>;
  try {
    const bytes = partBytes(entry, budget, pkg.codecs);
    const scanned = scanSheetBytes(bytes, { sharedStrings: pkg.sharedStrings, ...limits, select });
    rows = scanned.selectionBroken ? scanSheetBytes(bytes, { sharedStrings: pkg.sharedStrings, ...limits }).rows : scanned.rows;
  } catch (e) {
    if (!(e instanceof SheetScanProblem)) throw e;
    if (e.kind === 'beyondGrid') throw beyondGrid(sheet.name, limits.maxRows, limits.maxColumns);
    throw unreadableSheet(sheet.name, e.message);
  }
  return toGrid(sheet.name, rows);
}

/**
 * {@link readSheetGrid} with the part streamed ({@link inflatePartChunks}): rows are read as
 * the chunks arrive (in Node, while the next chunk is inflated on another thread), cut after
 * each chunk's last closing row tag, so the part is never held whole — at 1,000,000
 * memberships, 480 MB of Members XML never exists at once. The same grid, refusals and limits.
 * A part in UTF-16, or one whose rows the cut would split (a comment or CDATA section holding
 * `</row>`), is read whole by {@link readSheetGrid} instead. With `select`, as readSheetGrid
 * reads a selection.
 *
 * @example
 * const grid = await readSheetGridStreaming(pkg, pkg.sheets[0], budget);
 */
export async function readSheetGridStreaming(
  pkg: OpenedPackage,
  sheet: SheetPart,
  budget: InflateBudget,
  limits: ReadLimits = EXCEL_LIMITS,
  select?: CellSelection,
): Promise<SheetGrid> {
  if (sheet.path === null) throw unreadableSheet(sheet.name, 'it is a chart, dialog or macro sheet, not a worksheet');
  const entry = findEntry(pkg.entries, sheet.path);
  if (!entry) throw unreadableSheet(sheet.name, `its part ${sheet.path} is missing from the file`);
  if (entry.kind === 'new') return readSheetGrid(pkg, sheet, budget, limits, select);
  const scanner = new SheetScanner({ sharedStrings: pkg.sharedStrings, ...limits, select });
  const rest = new CarriedBytes();
  let first = true;
  let utf16 = false;
  try {
    await inflatePartChunks(entry, budget, pkg.codecs, (chunk) => {
      if (first) {
        first = false;
        utf16 = utf16Encoding(chunk) !== null;
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      }
      if (utf16) return; // read whole below (its size is already charged and checked)
      const data = rest.length === 0 ? chunk : rest.append(chunk);
      const cut = lastRowEnd(data);
      if (cut > 0) scanner.feed(data.subarray(0, cut));
      rest.keep(data, Math.max(cut, 0));
    });
    if (utf16) return readSheetGrid(pkg, sheet, new InflateBudget(entry.size), limits, select);
    const scanned = scanner.finish(rest.bytes());
    if (scanned.selectionBroken) return readSheetGrid(pkg, sheet, new InflateBudget(entry.size), limits);
    return toGrid(sheet.name, scanned.rows);
  } catch (e) {
    if (!(e instanceof SheetScanProblem)) throw e;
    if (e.kind === 'beyondGrid') throw beyondGrid(sheet.name, limits.maxRows, limits.maxColumns);
    // Read whole: if the cut split a row inside a comment or CDATA section, that reads it right; a real problem is refused there.
    return readSheetGrid(pkg, sheet, new InflateBudget(entry.size), limits, select);
  }
}

function toGrid(name: string, rows: Map<number, Cell[]>): SheetGrid {
  let firstRow = Infinity;
  let lastRow = 0;
  let firstColumn = Infinity;
  for (const [number, row] of rows) {
    if (number < firstRow) firstRow = number;
    if (number > lastRow) lastRow = number;
    // Rows are short and usually start at column A: the first value is near the front.
    for (let c = 0; c < row.length && c + 1 < firstColumn; c++) {
      if (row[c] !== null && row[c] !== undefined) {
        firstColumn = c + 1;
        break;
      }
    }
  }
  if (lastRow === 0) return { name, cells: [], firstRow: 1, firstColumn: 1 };
  const cells: Cell[][] = new Array(lastRow - firstRow + 1);
  for (let r = firstRow; r <= lastRow; r++) {
    const row = rows.get(r);
    cells[r - firstRow] = row === undefined ? NO_CELLS : firstColumn === 1 ? row : row.slice(firstColumn - 1);
  }
  return { name, cells, firstRow, firstColumn };
}
