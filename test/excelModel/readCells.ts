import type { Rect } from './cellAddress';
import { CellError, SheetCells } from './sheetCells';

/** Excel.RangeValueType, as far as the model produces them (every number is a Double). */
export type ValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

/** The cell-data properties of a Range: each is a 2-D array the size of the range. */
export type GridProperty = 'values' | 'valueTypes' | 'numberFormat' | 'formulas';

export const GRID_PROPERTIES: readonly GridProperty[] = ['values', 'valueTypes', 'numberFormat', 'formulas'];

/**
 * What Range.values reads for one cell: '' for blank (never null), numbers (dates as serials),
 * booleans, strings, and an error's text ("Cells that contain an error will return the error
 * string", Range.values in @types/office-js).
 *
 * @example
 * readValue(sheet, 0, 0); // 'Member ID'
 */
export function readValue(sheet: SheetCells, row: number, column: number): string | number | boolean {
  const value = sheet.value(row, column);
  if (value === undefined) return '';
  return value instanceof CellError ? value.text : value;
}

/**
 * Range.valueTypes for one cell.
 *
 * @example
 * readValueType(sheet, 0, 1); // 'Error' for a cell holding #N/A
 */
export function readValueType(sheet: SheetCells, row: number, column: number): ValueType {
  const value = sheet.value(row, column);
  if (value === undefined) return 'Empty';
  if (value instanceof CellError) return 'Error';
  if (typeof value === 'number') return 'Double';
  return typeof value === 'boolean' ? 'Boolean' : 'String';
}

/**
 * Range.formulas for one cell: the formula when there is one, otherwise what values reads.
 *
 * @example
 * readFormula(sheet, 1, 0); // '=SUM(A1)'
 */
export function readFormula(sheet: SheetCells, row: number, column: number): string | number | boolean {
  return sheet.formula(row, column) ?? readValue(sheet, row, column);
}

const readers: Record<GridProperty, (sheet: SheetCells, row: number, column: number) => unknown> = {
  values: readValue,
  valueTypes: readValueType,
  numberFormat: (sheet, row, column) => sheet.numberFormat(row, column),
  formulas: readFormula,
};

/**
 * Reads one cell-data property over a rectangle as the 2-D array Office.js returns.
 *
 * @example
 * readGrid(sheet, { row: 0, column: 0, rowCount: 1, columnCount: 2 }, 'values'); // [['Member ID', 'Name']]
 */
export function readGrid(sheet: SheetCells, rect: Rect, property: GridProperty): unknown[][] {
  const read = readers[property];
  const grid: unknown[][] = new Array(rect.rowCount);
  for (let r = 0; r < rect.rowCount; r++) {
    const line: unknown[] = new Array(rect.columnCount);
    for (let c = 0; c < rect.columnCount; c++) line[c] = read(sheet, rect.row + r, rect.column + c);
    grid[r] = line;
  }
  return grid;
}
