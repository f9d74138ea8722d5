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
  /**
   * The sheet with only the cells `selection` keeps, from a host that can read part of a sheet
   * (the file host, for a sheet not read yet); absent where the whole grid is all there is.
   * Row and column numbers mean what they mean in the whole grid.
   */
  select?(selection: CellSelection): SheetGrid;
}

/**
 * Part of a sheet, for a reader that needs a few columns of a big table: every row from the
 * sheet's first row with cells through its header row (its first non-empty row) and through
 * the first `topRows` rows is read whole; below, only the columns `columns` picks from the
 * header row. A host may read more (the whole sheet), never less.
 */
export interface CellSelection {
  /** Rows read whole, counted from the sheet's first row with cells (a summary beside the table). */
  topRows: number;
  /** The columns to read below the top, as 0-based indices from column A, given the header row's cells (indexed from column A too). */
  columns(header: readonly Cell[]): readonly number[];
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
