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
    for (const [header, value] of Object.entries(values)) {
      if (value !== null) writes.push({ sheet: cursor.name, row, column: cursor.column(header), value });
    }
  }
  return { writes: [...cursor.headerWrites, ...writes], rows: rowNumbers };
}

/**
 * Appends rows given as arrays in `headers` order.
 *
 * @example
 * appendRowArrays(grids, 'Journal', JOURNAL_HEADERS, journalRows(...))
 */
export function appendRowArrays(book: WorkbookGrids, sheet: string, headers: readonly string[], rows: readonly OutputCell[][]): AppendedRows {
  return appendRows(
    book,
    sheet,
    headers,
    rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? null]))),
  );
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
