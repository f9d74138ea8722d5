import type { Cell } from '../sheetGrid';
import { isBlankText } from '../cells/isBlankText';

/**
 * Whether a cell is blank: absent, empty, or only spaces. A row of such cells is empty.
 *
 * @example
 * isBlankCell('  ') // → true
 * isBlankCell(0)    // → false
 */
export function isBlankCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && isBlankText(cell));
}

/**
 * Whether a row is entirely empty (every cell blank, or no cells at all). Such rows are ignored
 * wherever they are (SPEC §2).
 *
 * @example
 * isEmptyRow([null, '  ']) // → true
 */
export function isEmptyRow(row: readonly Cell[] | undefined): boolean {
  if (row === undefined) return true;
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

/**
 * The index (into `cells`) of a sheet's header row: its first non-empty row; `null` when the
 * sheet is empty.
 *
 * @example
 * findHeaderRow([[null], ['Member ID', 'Name']]) // → 1
 */
export function findHeaderRow(cells: readonly (readonly Cell[])[]): number | null {
  for (let i = 0; i < cells.length; i++) {
    if (!isEmptyRow(cells[i])) return i;
  }
  return null;
}
