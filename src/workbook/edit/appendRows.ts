import type { OutputCell } from '../outputGrid';
import type { WorkbookGrids } from '../sheetGrid';
import type { CellWrite } from './cellWrite';
import { SheetCursor } from './sheetCursor';

export interface AppendedRows {
  writes: CellWrite[];
  /** The row number each appended row landed on. */
  rows: number[];
}

/**
 * Writes that append rows (values by header) to a log-like sheet — the Run Log, the Journal —
 * creating it with `headers` when absent and adding columns it lacks. Blank values write nothing.
 *
 * @example
 * appendRows(grids, 'Run Log', RUN_LOG_HEADERS, [{ 'Run ID': 'NIGHTLY', Status: 'Posting' }])
 */
export function appendRows(
  book: WorkbookGrids,
  sheet: string,
  headers: readonly string[],
  rows: readonly Readonly<Record<string, OutputCell>>[],
): AppendedRows {
  const cursor = new SheetCursor(book, sheet, headers);
  const writes: CellWrite[] = [];
  const rowNumbers: number[] = [];
  for (const values of rows) {
    const row = cursor.appendRow();
    rowNumbers.push(row);
    for (const header in values) {
      const value = values[header];
      if (value !== null) writes.push({ sheet: cursor.name, row, column: cursor.column(header), value });
    }
  }
  return { writes: withHeaderWrites(cursor, writes), rows: rowNumbers };
}

/**
 * Appends rows given as arrays in `headers` order, as {@link appendRows} appends records: a
 * column is looked up (or added) at its first value that is not blank.
 *
 * @example
 * appendRowArrays(grids, 'Journal', JOURNAL_HEADERS, journalRows(...))
 */
export function appendRowArrays(book: WorkbookGrids, sheet: string, headers: readonly string[], rows: readonly OutputCell[][]): AppendedRows {
  const cursor = new SheetCursor(book, sheet, headers);
  const writes: CellWrite[] = [];
  const rowNumbers: number[] = [];
  for (const values of rows) {
    const row = cursor.appendRow();
    rowNumbers.push(row);
    for (let i = 0; i < headers.length; i++) {
      const value = values[i] ?? null;
      if (value !== null) writes.push({ sheet: cursor.name, row, column: cursor.column(headers[i]), value });
    }
  }
  return { writes: withHeaderWrites(cursor, writes), rows: rowNumbers };
}

/** The cursor's header writes, then `writes` (returned as they are when there are none). */
function withHeaderWrites(cursor: SheetCursor, writes: CellWrite[]): CellWrite[] {
  return cursor.headerWrites.length === 0 ? writes : ([] as CellWrite[]).concat(cursor.headerWrites, writes);
}

/**
 * The write that sets one cell of an existing row, by header (adding the column if missing).
 *
 * @example
 * setCell(grids, 'Run Log', RUN_LOG_HEADERS, 5, 'Status', 'Posted')
 */
export function setCell(book: WorkbookGrids, sheet: string, headers: readonly string[], row: number, header: string, value: OutputCell): CellWrite[] {
  const cursor = new SheetCursor(book, sheet, headers);
  const write = { sheet: cursor.name, row, column: cursor.column(header), value };
  return [...cursor.headerWrites, write];
}
