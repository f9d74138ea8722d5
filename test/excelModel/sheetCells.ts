import type { Rect } from './cellAddress';

/** An error value in a cell ('#N/A', '#NAME?', …); Range.values reads it as its text. */
export class CellError {
  constructor(readonly text: string) {}
}

/** What a non-blank cell holds. Dates are serial numbers, as in Excel. */
export type CellValue = string | number | boolean | CellError;

/** Excel's default number format. */
export const GENERAL = 'General';

/**
 * One worksheet's cells, stored as sparse rows so a sheet of 100k rows stays cheap. A cell is
 * blank when it has no value; a format alone does not make it non-blank, but it does make it
 * part of the used range unless `valuesOnly` is asked for (Worksheet.getUsedRange docs).
 */
export class SheetCells {
  frozenRows = 0;
  /** Column widths in points set through Range.format.columnWidth, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  private readonly values: (CellValue | undefined)[][] = [];
  private readonly formats: (string | undefined)[][] = [];
  private readonly formulas = new Map<string, string>();

  constructor(public name: string) {}

  value(row: number, column: number): CellValue | undefined {
    return this.values[row]?.[column];
  }

  formula(row: number, column: number): string | null {
    return this.formulas.get(`${row},${column}`) ?? null;
  }

  numberFormat(row: number, column: number): string {
    return this.formats[row]?.[column] ?? GENERAL;
  }

  /** Sets a cell's value; `undefined` clears it. Any formula in the cell is dropped. */
  setValue(row: number, column: number, value: CellValue | undefined): void {
    this.formulas.delete(`${row},${column}`);
    if (value === undefined) {
      const cells = this.values[row];
      if (cells) delete cells[column];
      return;
    }
    (this.values[row] ??= [])[column] = value;
  }

  /** Puts a formula in a cell; the model does not evaluate, so its value is '#NAME?' unless given. */
  setFormula(row: number, column: number, formula: string, value: CellValue = new CellError('#NAME?')): void {
    this.setValue(row, column, value);
    this.formulas.set(`${row},${column}`, formula);
  }

  setNumberFormat(row: number, column: number, format: string): void {
    if (format === GENERAL) {
      const cells = this.formats[row];
      if (cells) delete cells[column];
      return;
    }
    (this.formats[row] ??= [])[column] = format;
  }

  /**
   * The smallest rectangle covering every non-blank cell (and, unless `valuesOnly`, every cell
   * with a number format other than General); null for an empty sheet.
   *
   * @example
   * sheet.usedRect(true); // { row: 0, column: 0, rowCount: 3, columnCount: 2 }
   */
  usedRect(valuesOnly: boolean): Rect | null {
    const bounds = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
    extend(bounds, this.values);
    if (!valuesOnly) extend(bounds, this.formats);
    if (bounds.bottom < 0) return null;
    return {
      row: bounds.top,
      column: bounds.left,
      rowCount: bounds.bottom - bounds.top + 1,
      columnCount: bounds.right - bounds.left + 1,
    };
  }
}

function extend(bounds: { top: number; left: number; bottom: number; right: number }, rows: unknown[][]): void {
  rows.forEach((cells, row) => {
    let first = -1;
    let last = -1;
    // forEach skips the holes of a sparse row, so only set cells are visited.
    cells.forEach((cell, column) => {
      if (cell === undefined) return;
      if (first < 0) first = column;
      last = column;
    });
    if (first < 0) return;
    bounds.top = Math.min(bounds.top, row);
    bounds.bottom = Math.max(bounds.bottom, row);
    bounds.left = Math.min(bounds.left, first);
    bounds.right = Math.max(bounds.right, last);
  });
}
