import { cellAddress } from '../../../workbook/edit/cellWrite';

export { cellAddress };

/**
 * The row and column (1-based) of a cell reference as a sheet part writes it (`B12`, `$B$12`),
 * `null` for anything else.
 *
 * @example
 * parseCellRef('AA12') // → { row: 12, column: 27 }
 */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A range reference (`A1:K100`, or a single cell `A1`) as a rectangle; `null` when it is not one.
 *
 * @example
 * parseRangeRef('B2:D9') // → { top: 2, left: 2, bottom: 9, right: 4 }
 */
export function parseRangeRef(ref: string): CellRange | null {
  const [a, b = a] = ref.split(':');
  const start = parseCellRef(a);
  const end = parseCellRef(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/**
 * A rectangle as a range reference; one cell as just its address.
 *
 * @example
 * rangeRef({ top: 1, left: 1, bottom: 10, right: 3 }) // → 'A1:C10'
 */
export function rangeRef(range: CellRange): string {
  const start = cellAddress(range.top, range.left);
  const end = cellAddress(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}
