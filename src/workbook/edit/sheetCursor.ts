import { findHeaderRow, isEmptyRow } from '../schema/findHeaderRow';
import { findSheet } from '../schema/findSheet';
import { headerKey } from '../schema/headerKey';
import type { Cell, SheetGrid, WorkbookGrids } from '../sheetGrid';
import type { JournaledWrite } from './cellWrite';

/**
 * Where to write in one sheet: its columns by header (matched like every header, SPEC §2),
 * and the next row to append to. A column the sheet lacks is added after its last column and
 * a sheet the workbook lacks is started with `headers` in row 1; the header cells this adds
 * are writes like any other, so the Journal records them and revert removes them.
 */
export class SheetCursor {
  readonly name: string;
  private readonly grid: SheetGrid | null;
  private readonly columns = new Map<string, number>();
  /** Columns by header as callers spell it: a post asks for the same few headers on every row. */
  private readonly asked = new Map<string, number>();
  private headerRow: number;
  private nextColumn: number;
  private nextRow: number;
  /** Header cells this cursor had to add (a new sheet's header row, or a new column). */
  readonly headerWrites: JournaledWrite[] = [];

  constructor(book: WorkbookGrids, sheetName: string, headers: readonly string[]) {
    this.grid = findSheet(book, sheetName);
    this.name = this.grid?.name ?? sheetName;
    const grid = this.grid;
    const headerIndex = grid === null ? null : findHeaderRow(grid.cells);
    if (grid === null || headerIndex === null) {
      this.headerRow = grid?.firstRow ?? 1;
      this.nextColumn = grid?.firstColumn ?? 1;
      this.nextRow = this.headerRow + 1;
      for (const header of headers) this.column(header);
      return;
    }
    this.headerRow = grid.firstRow + headerIndex;
    const row = grid.cells[headerIndex];
    this.nextColumn = grid.firstColumn + row.length;
    for (let i = 0; i < row.length; i++) {
      const text = row[i];
      if (typeof text === 'string' && text.trim() !== '' && !this.columns.has(headerKey(text))) {
        this.columns.set(headerKey(text), grid.firstColumn + i);
      }
    }
    let last = grid.cells.length - 1;
    while (last > headerIndex && isEmptyRow(grid.cells[last])) last--;
    this.nextRow = grid.firstRow + last + 1;
  }

  /** The 1-based column of a header, adding the column when the sheet lacks it. */
  column(header: string): number {
    let column = this.asked.get(header);
    if (column === undefined) {
      column = this.columnOfKey(header);
      this.asked.set(header, column);
    }
    return column;
  }

  private columnOfKey(header: string): number {
    const key = headerKey(header);
    const found = this.columns.get(key);
    if (found !== undefined) return found;
    const column = this.nextColumn++;
    this.columns.set(key, column);
    this.headerWrites.push({ sheet: this.name, row: this.headerRow, column, value: header, previous: this.cell(this.headerRow, column), header: true });
    return column;
  }

  /** Takes the next empty row for an append. */
  appendRow(): number {
    return this.nextRow++;
  }

  /** What the workbook holds at a 1-based row and column (blank outside the grid). */
  cell(row: number, column: number): Cell {
    if (this.grid === null) return null;
    const r = this.grid.cells[row - this.grid.firstRow];
    const value = r?.[column - this.grid.firstColumn];
    return value === undefined ? null : value;
  }
}
