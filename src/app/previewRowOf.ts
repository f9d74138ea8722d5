import { findHeaderRow } from '../workbook/schema/findHeaderRow';
import { findSheet } from '../workbook/schema/findSheet';
import { headerKey } from '../workbook/schema/headerKey';
import type { WorkbookGrids } from '../workbook/sheetGrid';
import { PREVIEW_COLUMNS, previewSheetName } from '../workbook/write/previewColumns';

/** Where an item is on the run's preview sheet: found by Key, never by position (staff may sort). */
export interface PreviewRow {
  sheet: string;
  row: number;
  includeColumn: number;
  /** The table's width: selecting the row selects the item, not the summary beside it. */
  columns: number;
}

/**
 * The preview-sheet row of an item, by its Key; `null` when the sheet or the key is not there.
 *
 * @example
 * previewRowOf(grids, 'NIGHTLY', 'renew:M7') // → { sheet: 'Preview NIGHTLY', row: 12, includeColumn: 5, columns: 19 }
 */
export function previewRowOf(book: WorkbookGrids, runId: string, key: string): PreviewRow | null {
  const grid = findSheet(book, previewSheetName(runId));
  const headerIndex = grid === null ? null : findHeaderRow(grid.cells);
  if (grid === null || headerIndex === null) return null;
  const header = grid.cells[headerIndex].map((c) => (typeof c === 'string' ? headerKey(c) : ''));
  const keyColumn = header.indexOf('key');
  const includeColumn = header.indexOf('include');
  if (keyColumn < 0 || includeColumn < 0) return null;
  for (let r = headerIndex + 1; r < grid.cells.length; r++) {
    const cell = grid.cells[r][keyColumn];
    if (typeof cell === 'string' && cell.trim() === key) {
      return { sheet: grid.name, row: grid.firstRow + r, includeColumn: grid.firstColumn + includeColumn, columns: PREVIEW_COLUMNS.length };
    }
  }
  return null;
}
