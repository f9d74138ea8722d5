import { parseCellAddress } from '../edit/cellWrite';
import { findHeaderRow } from '../schema/findHeaderRow';
import { findSheet } from '../schema/findSheet';
import { headerKey } from '../schema/headerKey';
import type { OutputCell } from '../outputGrid';
import type { Cell, WorkbookGrids } from '../sheetGrid';
import { JOURNAL_HEADERS, JOURNAL_SHEET } from './journalSheet';
import { fromJournalJson } from './journalValue';

/** One changed cell, decoded from the Journal: where, what the post wrote, and what was there before. */
export interface JournalLine {
  sheet: string;
  row: number;
  column: number;
  value: OutputCell;
  previous: OutputCell;
}

export type JournalReading = { ok: true; lines: JournalLine[] } | { ok: false; message: string };

/**
 * The cells the post logged on Run Log row `logRow` changed, in the order it changed them,
 * read back from the Journal. Refuses (with words) when the Journal is missing, has lost a
 * column, or a line of this post cannot be decoded — revert never guesses.
 *
 * @example
 * readJournal(grids, entry.row) // → { ok: true, lines: [{ sheet: 'Invoices', row: 7, column: 13, value: 2, previous: 1 }, …] }
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
  const found: { seq: number; cells: JournalLine[] }[] = [];
  for (let r = headerIndex + 1; r < grid.cells.length; r++) {
    const row = grid.cells[r];
    if (row[col['Log Row']] !== logRow) continue;
    const cells = decodeLine(row, col);
    if (cells === null) return { ok: false, message: `Journal row ${grid.firstRow + r} cannot be read back (was it edited?)` };
    found.push({ seq: row[col.Seq] as number, cells });
  }
  found.sort((a, b) => a.seq - b.seq);
  return { ok: true, lines: found.flatMap((f) => f.cells) };
}

/**
 * Every Journal line of every post that can be read back, in sheet order (the order posts
 * appended them). Lines that cannot be decoded are left out: unlike revert, a reader of history
 * (SPEC §11 reinstatement) does without them. An absent or broken Journal reads as no lines.
 *
 * @example
 * readAllJournalLines(grids) // → [{ sheet: 'Members', row: 5, column: 9, value: 'Non-Member', previous: 'Regular' }, …]
 */
export function readAllJournalLines(book: WorkbookGrids): JournalLine[] {
  const grid = findSheet(book, JOURNAL_SHEET);
  const headerIndex = grid === null ? null : findHeaderRow(grid.cells);
  if (grid === null || headerIndex === null) return [];
  const header = grid.cells[headerIndex].map((c) => (typeof c === 'string' ? headerKey(c) : ''));
  const col: Record<string, number> = {};
  for (const h of JOURNAL_HEADERS) {
    const i = header.indexOf(headerKey(h));
    if (i < 0) return [];
    col[h] = i;
  }
  const lines: JournalLine[] = [];
  for (let r = headerIndex + 1; r < grid.cells.length; r++) lines.push(...(decodeLine(grid.cells[r], col) ?? []));
  return lines;
}

function decodeLine(row: Cell[], col: Record<string, number>): JournalLine[] | null {
  const sheet = row[col.Sheet];
  const seq = row[col.Seq];
  const addresses = row[col.Cells];
  if (typeof sheet !== 'string' || typeof seq !== 'number' || typeof addresses !== 'string') return null;
  const previous = parseList(row[col.Previous]);
  const values = parseList(row[col.New]);
  const places = addresses.split(' ').map(parseCellAddress);
  if (previous === null || values === null || places.length !== previous.length || places.length !== values.length) return null;
  const lines: JournalLine[] = [];
  for (let i = 0; i < places.length; i++) {
    const place = places[i];
    const before = fromJournalJson(previous[i]);
    const after = fromJournalJson(values[i]);
    if (place === null || before === undefined || after === undefined) return null;
    lines.push({ sheet, row: place.row, column: place.column, value: after, previous: before });
  }
  return lines;
}

function parseList(cell: Cell): unknown[] | null {
  if (typeof cell !== 'string') return null;
  try {
    const list: unknown = JSON.parse(cell);
    return Array.isArray(list) ? list : null;
  } catch {
    return null;
  }
}
