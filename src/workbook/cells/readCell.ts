import { isBlankText } from './isBlankText';
import { CELL_PROBLEM, isCellError, type Cell } from '../sheetGrid';
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
 * readCell({ error: '#UNCALCULATED' }, parseTextCell, context, false)
 * // → { ok: false, message: 'Email is a formula without a calculated value: open and save the workbook in Excel first' }
 */
export function readCell<T>(cell: Cell | undefined, parse: CellParser<T>, context: CellContext, required: boolean): CellResult<T | null> {
  if (cell === null || cell === undefined || (typeof cell === 'string' && isBlankText(cell))) {
    return required ? reject(`${context.column} is required but blank`) : BLANK;
  }
  if (isCellError(cell)) return reject(errorWords(cell.error, context.column));
  return parse(cell, context);
}

/** The words for an error cell: Excel's error values by name, a host's pseudo errors (SPEC §8) in their own words. */
function errorWords(error: string, column: string): string {
  if (error === CELL_PROBLEM.uncalculatedFormula) return `${column} is a formula without a calculated value: open and save the workbook in Excel first`;
  if (error === CELL_PROBLEM.textTooLong) return `${column} is longer than Excel's 32,767 characters`;
  return `${column} holds the error value ${error}`;
}
