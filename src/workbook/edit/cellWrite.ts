import type { OutputCell } from '../outputGrid';
import type { Cell } from '../sheetGrid';

/**
 * One cell to write, at the row and column numbers Excel shows (both 1-based) of a sheet named
 * as it is in the workbook. Hosts create the sheet when it does not exist, write `null` as a
 * cleared cell, dates as serials with a date format, and text always as text.
 */
export interface CellWrite {
  sheet: string;
  row: number;
  column: number;
  value: OutputCell;
  /**
   * A header the product adds beside a sheet's own headers (a column the sheet lacked): a new
   * cell there takes the style of the header cell to its left, so it looks like the others.
   */
  header?: true;
}

/** A write together with what the cell held before: one line of the Journal (SPEC §5). */
export interface JournaledWrite extends CellWrite {
  previous: Cell;
}

/** Excel's A1 address of a cell (column 1 = A, 27 = AA). */
export function cellAddress(row: number, column: number): string {
  let letters = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}

const A1 = /^([A-Z]{1,3})([1-9]\d{0,6})$/;

/**
 * The row and column (1-based) of an A1 address; `null` when it is not one.
 *
 * @example
 * parseCellAddress('AA12') // → { row: 12, column: 27 }
 */
export function parseCellAddress(text: string): { row: number; column: number } | null {
  const m = A1.exec(text.trim());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}
