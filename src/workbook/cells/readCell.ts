import { isBlankText } from './isBlankText';
import { isCellError, type Cell } from '../sheetGrid';
import type { CellContext, CellParser } from './cellParser';
import { reject, type CellResult } from './cellResult';

const BLANK: CellResult<null> = Object.freeze({ ok: true, value: null }) as CellResult<null>;

/**
 * Reads one cell of a column, handling what every column shares: an error value (`#N/A`, …) is
 * always an input error naming it; a blank cell (empty, only spaces, or past the end of a short
 * row) is an error in a required column and `null` in an optional one; anything else goes to
 * the column's parser.
 *
 * @example
 * readCell({ error: '#N/A' }, parseTextCell, context, false) // → { ok: false, message: 'Email holds the error value #N/A' }
 * readCell('  ', parseTextCell, context, true)               // → { ok: false, message: 'Name is required but blank' }
 * readCell(null, parseTextCell, context, false)              // → { ok: true, value: null }
 */
export function readCell<T>(cell: Cell | undefined, parse: CellParser<T>, context: CellContext, required: boolean): CellResult<T | null> {
  if (cell === null || cell === undefined || (typeof cell === 'string' && isBlankText(cell))) {
    return required ? reject(`${context.column} is required but blank`) : BLANK;
  }
  if (isCellError(cell)) return reject(`${context.column} holds the error value ${cell.error}`);
  return parse(cell, context);
}
