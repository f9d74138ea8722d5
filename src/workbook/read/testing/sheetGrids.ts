/**
 * Builders for reader tests: a sheet from rows of cells, and a workbook from sheets. Test-only
 * (imported from *.test.ts files).
 */
import type { Cell, SheetGrid, WorkbookGrids } from '../../sheetGrid';

/**
 * A sheet whose first row of `rows` is Excel row `firstRow` (default 1).
 *
 * @example
 * sheet('Products', [['Product', 'Price'], ['Annual', 120]])
 */
export function sheet(name: string, rows: Cell[][], firstRow = 1): SheetGrid {
  return { name, cells: rows, firstRow, firstColumn: 1 };
}

/**
 * A workbook of the given sheets, in the 1900 date system unless told.
 *
 * @example
 * workbook([sheet('Members', rows)], true) // a 1904 workbook
 */
export function workbook(sheets: SheetGrid[], date1904 = false): WorkbookGrids {
  return { sheets, date1904 };
}

/** The smallest valid Members sheet rows: header plus the given data rows. */
export const MEMBERS_HEADER: Cell[] = ['Member ID', 'Name', 'Status', 'Product', 'Start Date', 'End Date'];
export const PRODUCTS_ROWS: Cell[][] = [
  ['Product', 'Price'],
  ['Annual', 120],
];
export const RUNS_ROWS: Cell[][] = [
  ['Run ID', 'Name'],
  ['NIGHTLY', 'Nightly'],
];
