import type { OutputCell } from '../outputGrid';
import { findHeaderRow } from '../schema/findHeaderRow';
import { findSheet } from '../schema/findSheet';
import { headerKey } from '../schema/headerKey';
import type { WorkbookGrids } from '../sheetGrid';
import { JOURNAL_HEADERS, JOURNAL_SHEET } from './journalSheet';
import { decodeJournalValue } from './journalValue';

/** One line of the Journal, decoded: where, what the post wrote, and what was there before. */
export interface JournalLine {
  sheet: string;
  row: number;
  column: number;
  value: OutputCell;
  previous: OutputCell;
}

export type JournalReading = { ok: true; lines: JournalLine[] } | { ok: false; message: string };

/**
 * The writes of the post logged on Run Log row `logRow`, in the order it made them, read
 * back from the Journal. Refuses (with words) when the Journal is missing, has lost a column, or a line
 * of this post cannot be decoded — revert never guesses.
 *
 * @example
 * readJournal(grids, entry.row) // → { ok: true, lines: [{ sheet: 'Invoices', row: 7, value: 2, previous: 1 }, …] }
 */
export function readJournal(book: WorkbookGrids, logRow: number): JournalReading {
  const grid = findSheet(book, JOURNAL_SHEET);
  const headerIndex = grid === null ? null : findHeaderRow(grid.cells);
  if (grid === null || headerIndex === null) return { ok: false, message: 'the workbook has no Journal sheet' };
  const header = grid.cells[headerIndex].map((c) => (typeof c === 'string' ? headerKey(c) : ''));
  const col: Record<string, number> = {};
  for (const h of JOURNAL_HEADERS) {
    const i = header.indexOf(headerKey(h));
    if (i < 0) return { ok: false, message: `the Journal sheet has no column '${h}'` };
    col[h] = i;
  }
  const lines: { seq: number; line: JournalLine }[] = [];
  for (let r = headerIndex + 1; r < grid.cells.length; r++) {
    const row = grid.cells[r];
    if (row[col['Log Row']] !== logRow) continue;
    const excelRow = grid.firstRow + r;
    const seq = row[col.Seq];
    const sheet = row[col.Sheet];
    const rowNumber = row[col.Row];
    const column = row[col.Column];
    const previous = decodeJournalValue(String(row[col['Previous Type']]), row[col['Previous Value']], book.date1904);
    const value = decodeJournalValue(String(row[col['New Type']]), row[col['New Value']], book.date1904);
    if (typeof seq !== 'number' || typeof sheet !== 'string' || typeof rowNumber !== 'number' || typeof column !== 'number' || previous === undefined || value === undefined) {
      return { ok: false, message: `Journal row ${excelRow} cannot be read back (was it edited?)` };
    }
    lines.push({ seq, line: { sheet, row: rowNumber, column, value, previous } });
  }
  lines.sort((a, b) => a.seq - b.seq);
  return { ok: true, lines: lines.map((l) => l.line) };
}
