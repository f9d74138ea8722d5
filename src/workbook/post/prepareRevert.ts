import { BATCH_KINDS } from '../../engine/apply/batches';
import { formatIsoDate } from '../../engine/dates/isoDate';
import type { LocalDate } from '../../engine/dates/localDate';
import { batchSheetName } from '../batches/batchSheetName';
import { setCell } from '../edit/appendRows';
import { cellAddress, CellWrite } from '../edit/cellWrite';
import { JournalLine, readJournal } from '../journal/readJournal';
import { holdsValue } from '../journal/journalValue';
import { isDateCell, OutputCell } from '../outputGrid';
import { serialToDate } from '../cells/excelSerial';
import type { ReadContext } from '../read/readContext';
import { findHeaderRow } from '../schema/findHeaderRow';
import { findSheet } from '../schema/findSheet';
import { latestPostedEntry, readRunLog } from '../runLog/readRunLog';
import { RUN_LOG_HEADERS, RUN_LOG_SHEET } from '../runLog/runLogSheet';
import type { Cell, WorkbookGrids } from '../sheetGrid';

export interface PreparedRevert {
  /** Restores every cell the post wrote, last write first, then marks the Run Log row `Reverted`. */
  writes: CellWrite[];
  /** The post's batch sheets, removed when it is the run's latest post (they are its batches). */
  deleteSheets: string[];
  restoredCells: number;
  logRow: number;
}

export type RevertDecision = { ok: true; revert: PreparedRevert } | { ok: false; message: string };

const SHOWN_CONFLICTS = 5;

/**
 * Prepares the revert of a posted run (SPEC §5) from its Journal: allowed only while nothing
 * depends on it, i.e. every cell the post wrote still holds what it wrote — an invoice it
 * created that was since paid, attempted or notified by a later run has changed, and the
 * revert is refused naming those cells. Appended rows are cleared (rows never move, so the
 * Journal's row numbers stay true); added columns and sheets lose their header cells.
 *
 * @example
 * prepareRevert(grids, context, 'NIGHTLY', isoDate('2026-11-21'))
 * // → { ok: false, message: 'Cannot revert NIGHTLY as of 2026-11-21: … Invoices row 812, Notices Sent: now 2, the post wrote 1 …' }
 */
export function prepareRevert(book: WorkbookGrids, context: ReadContext, runId: string, asOf: LocalDate): RevertDecision {
  const what = `${runId} as of ${formatIsoDate(asOf)}`;
  const entries = readRunLog(book, context).entries.filter((e) => e.runId.toUpperCase() === runId.toUpperCase() && e.asOf === asOf);
  const entry = entries.find((e) => e.status === 'Posted');
  if (!entry) {
    const reverted = entries.some((e) => e.status === 'Reverted');
    return { ok: false, message: `Cannot revert ${what}: ${reverted ? 'it is already reverted' : 'the Run Log has no post of it'}.` };
  }
  const journal = readJournal(book, entry.row);
  if (!journal.ok) return { ok: false, message: `Cannot revert ${what}: ${journal.message}.` };
  const conflicts = journal.lines.filter((line) => !holdsValue(currentCell(book, line), line.value, book.date1904));
  if (conflicts.length > 0) {
    const shown = conflicts.slice(0, SHOWN_CONFLICTS).map((line) => describeConflict(book, line));
    const more = conflicts.length > SHOWN_CONFLICTS ? `; and ${conflicts.length - SHOWN_CONFLICTS} more` : '';
    return {
      ok: false,
      message: `Cannot revert ${what}: later changes depend on it (paid, attempted, notified or edited since): ${shown.join('; ')}${more}.`,
    };
  }
  const restore = [...journal.lines].reverse().map((line) => ({ sheet: line.sheet, row: line.row, column: line.column, value: line.previous }));
  const latest = latestPostedEntry(readRunLog(book, context).entries, runId);
  return {
    ok: true,
    revert: {
      writes: [...restore, ...setCell(book, RUN_LOG_SHEET, RUN_LOG_HEADERS, entry.row, 'Status', 'Reverted')],
      deleteSheets: latest?.row === entry.row ? BATCH_KINDS.map((kind) => batchSheetName(runId, kind)) : [],
      restoredCells: restore.length,
      logRow: entry.row,
    },
  };
}

function currentCell(book: WorkbookGrids, line: JournalLine): Cell {
  const grid = findSheet(book, line.sheet);
  if (grid === null) return null;
  const value = grid.cells[line.row - grid.firstRow]?.[line.column - grid.firstColumn];
  return value === undefined ? null : value;
}

function describeConflict(book: WorkbookGrids, line: JournalLine): string {
  const grid = findSheet(book, line.sheet);
  const headerIndex = grid === null ? null : findHeaderRow(grid.cells);
  const header = grid !== null && headerIndex !== null ? grid.cells[headerIndex][line.column - grid.firstColumn] : null;
  const where = typeof header === 'string' ? `${line.sheet} row ${line.row}, ${header}` : `${line.sheet}!${cellAddress(line.row, line.column)}`;
  const now = currentCell(book, line);
  // A date the post wrote is read back as a serial: show the cell as a date too.
  const nowDate = isDateCell(line.value) && typeof now === 'number' ? serialToDate(now, book.date1904) : null;
  return `${where}: now ${nowDate !== null ? formatIsoDate(nowDate) : show(now)}, the post wrote ${show(line.value)}`;
}

function show(value: Cell | OutputCell): string {
  if (value === null || value === '') return 'blank';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return 'error' in value ? value.error : formatIsoDate(value.date);
  return JSON.stringify(value);
}
