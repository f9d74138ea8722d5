import type { SheetGrid, WorkbookGrids } from '../sheetGrid';
import type { SheetColumns, SheetSpec } from './columnSpec';
import { findSheet } from './findSheet';
import { locateColumns } from './locateColumns';

/**
 * Every text or number written in one column of a sheet, below its header, rows with input
 * errors included (a number as the text Excel shows for it); empty when the sheet or the column
 * is absent. For the identifiers that must never be reused (Invoice IDs, trace numbers), which
 * count even on a row that cannot be read.
 *
 * @example
 * columnTexts(grids, invoicesSheet, 'invoiceId') // → ['INV-000001', 'INV-000002']
 */
export function columnTexts<S extends SheetColumns>(book: WorkbookGrids, spec: SheetSpec<S>, field: keyof S & string): string[] {
  const grid: SheetGrid | null = findSheet(book, spec.name);
  if (grid === null) return [];
  const layout = locateColumns(grid, spec);
  const column = layout.columns[field].index;
  if (layout.headerRow === null || column === null) return [];
  const texts: string[] = [];
  for (let r = layout.headerRow + 1; r < grid.cells.length; r++) {
    const cell = grid.cells[r][column];
    if (typeof cell === 'string') texts.push(cell.trim());
    else if (typeof cell === 'number') texts.push(String(cell));
  }
  return texts;
}
