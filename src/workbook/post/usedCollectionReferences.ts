import { collectionsSheet } from '../bankfiles/ledger/collectionsSheet';
import { findSheet } from '../schema/findSheet';
import { locateColumns } from '../schema/locateColumns';
import type { WorkbookGrids } from '../sheetGrid';

/**
 * Every Reference on the Collections ledger (SPEC §10), so a NACHA post never hands out a trace
 * number already sent to the bank — even when the invoice that carried it has since been
 * collected another way and its Last Attempt Reference cleared. Empty when the workbook has no
 * Collections sheet (the ledger is only read when the run writes a NACHA file).
 *
 * @example
 * usedCollectionReferences(grids) // → ['011000010000001', 'INV-000042-1']
 */
export function usedCollectionReferences(book: WorkbookGrids): string[] {
  const grid = findSheet(book, collectionsSheet.name);
  if (grid === null) return [];
  const layout = locateColumns(grid, collectionsSheet);
  const column = layout.columns.reference.index;
  if (layout.headerRow === null || column === null) return [];
  const references: string[] = [];
  for (let r = layout.headerRow + 1; r < grid.cells.length; r++) {
    const cell = grid.cells[r][column];
    if (typeof cell === 'string') references.push(cell.trim());
    else if (typeof cell === 'number') references.push(String(cell));
  }
  return references;
}
