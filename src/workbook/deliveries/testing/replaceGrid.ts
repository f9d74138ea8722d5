import { dateToSerial } from '../../cells/excelSerial';
import { isDateCell, type SheetWrite } from '../../outputGrid';
import { findSheet } from '../../schema/findSheet';
import type { WorkbookGrids } from '../../sheetGrid';

/** Replaces (or adds) a sheet in grids as a host's replaceSheet would, dates as serials. */
export function replaceGrid(grids: WorkbookGrids, sheet: SheetWrite): void {
  const cells = sheet.rows.map((row) => row.map((c) => (isDateCell(c) ? dateToSerial(c.date, grids.date1904) : c)));
  const existing = findSheet(grids, sheet.name);
  if (existing) grids.sheets.splice(grids.sheets.indexOf(existing), 1);
  grids.sheets.push({ name: sheet.name, firstRow: 1, firstColumn: 1, cells });
}
