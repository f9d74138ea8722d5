import type { SheetGrid, WorkbookGrids } from '../sheetGrid';
import { headerKey } from './headerKey';

/**
 * The sheet with a given name, matched like headers (`run_log` finds `Run Log`); the first one
 * in workbook order when several match; `null` when none does.
 *
 * @example
 * findSheet(book, 'Members') // → the grid of the sheet named 'members ' (or 'MEMBERS', …)
 */
export function findSheet(book: WorkbookGrids, name: string): SheetGrid | null {
  const key = headerKey(name);
  return book.sheets.find((sheet) => headerKey(sheet.name) === key) ?? null;
}
