/** An error value in a cell (`#N/A`, `#VALUE!`, …). Never silently read as blank (SPEC §2). */
export interface CellError {
  error: string;
}

/**
 * One cell as a host hands it over: Excel dates arrive as serial numbers (or as a JS Date from
 * some readers), text as strings, blanks as `null`.
 */
export type Cell = string | number | boolean | Date | CellError | null;

/**
 * The used range of one sheet. `cells[0][0]` is the cell at Excel row `firstRow` and column
 * `firstColumn` (both 1-based), so row numbers in input errors are the ones Excel shows.
 */
export interface SheetGrid {
  name: string;
  cells: Cell[][];
  firstRow: number;
  firstColumn: number;
}

/** Every sheet of a workbook, plus the workbook's date system (SPEC §1). */
export interface WorkbookGrids {
  sheets: SheetGrid[];
  /** True when the workbook uses the 1904 date system. */
  date1904: boolean;
}

/** Whether a cell holds an error value. */
export function isCellError(cell: Cell): cell is CellError {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date) && 'error' in cell;
}

/**
 * Pseudo error values a host hands over for cells it could read but whose value must not be
 * used (SPEC §8); `readCell` turns them into input errors with their own words.
 */
export const CELL_PROBLEM = {
  /** A formula saved without its calculated value (as openpyxl and many generators write them). */
  uncalculatedFormula: '#UNCALCULATED',
  /** Text longer than Excel's 32,767 characters. */
  textTooLong: '#TOOLONG',
} as const;
