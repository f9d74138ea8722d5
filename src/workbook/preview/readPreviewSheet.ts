import type { LocalDate } from '../../engine/dates/localDate';
import { parseIsoDate } from '../../engine/dates/isoDate';
import { serialToDate } from '../cells/excelSerial';
import { findHeaderRow } from '../schema/findHeaderRow';
import { findSheet } from '../schema/findSheet';
import { headerKey } from '../schema/headerKey';
import type { Cell, CellSelection, SheetGrid, WorkbookGrids } from '../sheetGrid';
import { previewSheetName } from '../write/previewColumns';

/** What post needs from a preview sheet staff reviewed. */
export interface PreviewReview {
  sheetName: string;
  asOf: LocalDate;
  fingerprint: string;
  /** Keys of the rows whose Include is No. */
  excludedKeys: Set<string>;
  /** Keys of every item row: what staff reviewed. */
  reviewedKeys: Set<string>;
}

export type PreviewReading = { ok: true; review: PreviewReview } | { ok: false; message: string };

/** How many rows from the top the run summary beside the table is looked for in. */
const SUMMARY_ROWS = 60;
const EXCLUDE = new Set(['no', 'n', 'false', '0']);
/** The header keys of the columns a review reads. */
const KEY = 'key';
const INCLUDE = 'include';
const REVIEW_COLUMNS = new Set([KEY, INCLUDE]);

/**
 * What this reader looks at: the summary rows whole, below them the Key and Include columns. A
 * host that can read part of a sheet reads only these (a 100,000-membership preview holds 25
 * columns of 19,000 rows; post needs two of them).
 */
export const PREVIEW_REVIEW_CELLS: CellSelection = Object.freeze({
  topRows: SUMMARY_ROWS,
  columns: (header: readonly Cell[]) => header.flatMap((cell, index) => (typeof cell === 'string' && REVIEW_COLUMNS.has(headerKey(cell)) ? [index] : [])),
});

/**
 * Reads back the `Preview <Run ID>` sheet (SPEC §5): found by its name and header row, rows
 * matched by Key — never by position — so staff may sort, filter or re-style it, and the
 * table object need not survive. Include = `No` (also `N`, `FALSE`, `0`) excludes a row;
 * anything else, blank included, keeps it. The As Of and Fingerprint come from the summary
 * beside the table.
 *
 * @example
 * readPreviewSheet(grids, 'NIGHTLY') // → { ok: true, review: { asOf, fingerprint, excludedKeys: Set{'renew:M7'} } }
 */
export function readPreviewSheet(book: WorkbookGrids, runId: string): PreviewReading {
  const name = previewSheetName(runId);
  const sheet = findSheet(book, name);
  const grid = sheet === null ? null : reviewCells(sheet);
  const headerIndex = grid === null ? null : findHeaderRow(grid.cells);
  if (grid === null || headerIndex === null) return { ok: false, message: `there is no '${name}' sheet: preview the run first` };
  const header = grid.cells[headerIndex].map((c) => (typeof c === 'string' ? headerKey(c) : ''));
  const keyColumn = header.indexOf(KEY);
  const includeColumn = header.indexOf(INCLUDE);
  if (keyColumn < 0 || includeColumn < 0) return { ok: false, message: `sheet '${grid.name}' has lost its Key or Include column: preview the run again` };
  const asOf = summaryValue(grid.cells, 'As Of');
  const fingerprint = summaryValue(grid.cells, 'Fingerprint');
  const asOfDate = typeof asOf === 'number' ? serialToDate(asOf, book.date1904) : typeof asOf === 'string' ? parseIsoDate(asOf) : null;
  if (asOfDate === null || typeof fingerprint !== 'string') {
    return { ok: false, message: `sheet '${grid.name}' has lost its As Of or Fingerprint beside the table: preview the run again` };
  }
  const excludedKeys = new Set<string>();
  const reviewedKeys = new Set<string>();
  for (let r = headerIndex + 1; r < grid.cells.length; r++) {
    const row = grid.cells[r];
    const key = row[keyColumn];
    if (typeof key !== 'string' || key.trim() === '') continue;
    reviewedKeys.add(key.trim());
    if (isNo(row[includeColumn])) excludedKeys.add(key.trim());
  }
  return { ok: true, review: { sheetName: grid.name, asOf: asOfDate, fingerprint, excludedKeys, reviewedKeys } };
}

/** The cells the review needs: {@link PREVIEW_REVIEW_CELLS} where the host can read part of a sheet, else all. */
function reviewCells(sheet: SheetGrid): SheetGrid {
  return sheet.select?.(PREVIEW_REVIEW_CELLS) ?? sheet;
}

function isNo(cell: Cell): boolean {
  if (cell === false || cell === 0) return true;
  return typeof cell === 'string' && EXCLUDE.has(cell.trim().toLowerCase());
}

/** The cell right of the first cell labelled `label` in the top rows. */
function summaryValue(cells: Cell[][], label: string): Cell {
  const key = headerKey(label);
  for (let r = 0; r < Math.min(cells.length, SUMMARY_ROWS); r++) {
    const row = cells[r];
    for (let c = 0; c < row.length - 1; c++) {
      const cell = row[c];
      if (typeof cell === 'string' && headerKey(cell) === key && row[c + 1] !== null) return row[c + 1];
    }
  }
  return null;
}

/**
 * The exclusions a refresh keeps (SPEC §4: "refresh (re-read the sheets, keeping exclusions)"):
 * those of the run's current preview sheet when it is for the same as-of date — an exclusion
 * is a decision about one occurrence, so a preview of another date starts with none.
 *
 * @example
 * keptExclusions(grids, 'NIGHTLY', asOf) // → Set { 'drop:M4' }
 */
export function keptExclusions(book: WorkbookGrids, runId: string, asOf: LocalDate): Set<string> {
  const reading = readPreviewSheet(book, runId);
  return reading.ok && reading.review.asOf === asOf ? reading.review.excludedKeys : new Set();
}
