import type { JournalLine } from '../journal/readJournal';
import type { OutputCell } from '../outputGrid';
import { findHeaderRow } from '../schema/findHeaderRow';
import { findSheet } from '../schema/findSheet';
import { headerKey } from '../schema/headerKey';
import type { WorkbookGrids } from '../sheetGrid';

/** One row a post changed, as the Journal tells it, with its cells named by header key (`noticessent`). */
export interface PostedRowChange {
  /** The sheet's name as the Journal wrote it. */
  sheet: string;
  /** The sheet's name as a header key (`invoices`, `members`), to compare with. */
  sheetKey: string;
  row: number;
  /** Whether the post appended this row: every cell it wrote was blank before. */
  appended: boolean;
  /** What the post wrote, by the header key of each cell's column. */
  values: Map<string, OutputCell>;
}

/**
 * The rows a post changed, in the order it first changed them, each with what it wrote by
 * column header (the sheet's header row as it is now: a post never moves columns). A row is
 * `appended` when every cell the post wrote there was blank before — how an appended invoice or
 * member row looks in the Journal.
 *
 * @example
 * postedRowChanges(grids, journal.lines)[0]
 * // → { sheet: 'Invoices', sheetKey: 'invoices', row: 7, appended: false, values: Map { 'noticessent' → 2, … } }
 */
export function postedRowChanges(grids: WorkbookGrids, lines: readonly JournalLine[]): PostedRowChange[] {
  const headersOf = new Map<string, (string | null)[]>();
  const byRow = new Map<string, PostedRowChange>();
  for (const line of lines) {
    const sheetKey = headerKey(line.sheet);
    let headers = headersOf.get(sheetKey);
    if (headers === undefined) {
      headers = sheetHeaders(grids, line.sheet);
      headersOf.set(sheetKey, headers);
    }
    const id = `${sheetKey}\u0000${line.row}`;
    let change = byRow.get(id);
    if (change === undefined) {
      change = { sheet: line.sheet, sheetKey, row: line.row, appended: true, values: new Map() };
      byRow.set(id, change);
    }
    if (!isBlank(line.previous)) change.appended = false;
    const header = headers[line.column] ?? null;
    if (header !== null) change.values.set(header, line.value);
  }
  return [...byRow.values()];
}

/** The header key of each column of a sheet (index = column number), from its header row. */
function sheetHeaders(grids: WorkbookGrids, name: string): (string | null)[] {
  const grid = findSheet(grids, name);
  const index = grid === null ? null : findHeaderRow(grid.cells);
  if (grid === null || index === null) return [];
  const headers: (string | null)[] = [];
  grid.cells[index].forEach((cell, i) => {
    headers[grid.firstColumn + i] = typeof cell === 'string' ? headerKey(cell) : null;
  });
  return headers;
}

function isBlank(value: OutputCell): boolean {
  return value === null || value === '';
}
