import { invoicesSheet } from '../schema/invoicesSheet';
import { findSheet } from '../schema/findSheet';
import { locateColumns } from '../schema/locateColumns';
import type { WorkbookGrids } from '../sheetGrid';

/**
 * Every Invoice ID written in the Invoices sheet, rows with input errors included, so a new
 * invoice never reuses a number that is already on a row (SPEC §5 "one more than the highest
 * number already used").
 *
 * @example
 * usedInvoiceIds(grids) // → ['INV-000001', 'INV-000002', 'INV-00000X']
 */
export function usedInvoiceIds(book: WorkbookGrids): string[] {
  const grid = findSheet(book, invoicesSheet.name);
  if (grid === null) return [];
  const layout = locateColumns(grid, invoicesSheet);
  const column = layout.columns.invoiceId.index;
  if (layout.headerRow === null || column === null) return [];
  const ids: string[] = [];
  for (let r = layout.headerRow + 1; r < grid.cells.length; r++) {
    const cell = grid.cells[r][column];
    if (typeof cell === 'string') ids.push(cell.trim());
    else if (typeof cell === 'number') ids.push(String(cell));
  }
  return ids;
}
