import { dateToSerial } from '../../cells/excelSerial';
import type { CellWrite } from '../../edit/cellWrite';
import { isDateCell, type OutputCell } from '../../outputGrid';
import { findSheet } from '../../schema/findSheet';
import type { Cell, WorkbookGrids } from '../../sheetGrid';

/** A cell to write as a grid holds it: dates as 1900-system serials. */
export const toCell = (c: OutputCell): Cell => (isDateCell(c) ? dateToSerial(c.date, false) : c);

/** Writes cells into grids in place, as a host would (sheets created, rows and columns grown). */
export function applyWrites(grids: WorkbookGrids, writes: readonly CellWrite[]): void {
  for (const w of writes) {
    let grid = findSheet(grids, w.sheet);
    if (!grid) {
      grid = { name: w.sheet, firstRow: 1, firstColumn: 1, cells: [] };
      grids.sheets.push(grid);
    }
    while (grid.cells.length < w.row) grid.cells.push([]);
    const row = grid.cells[w.row - 1];
    while (row.length < w.column) row.push(null);
    row[w.column - 1] = toCell(w.value);
  }
}
