import type { CellContext, ValueCell } from './cellParser';
import { accept, type CellResult } from './cellResult';

/**
 * Passes a cell through unread, for a column whose meaning depends on another column (a run's
 * Day depends on its Frequency; a setting's Value on its Setting). Blank and error cells are
 * still handled by `readCell` before this is called.
 *
 * @example
 * parseRawCell('Monday', context) // → { ok: true, value: 'Monday' }
 */
export function parseRawCell(cell: ValueCell, _context: CellContext): CellResult<ValueCell> {
  return accept(cell);
}
