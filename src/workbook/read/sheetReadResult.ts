import type { InputError } from '../../engine/model/inputError';
import type { MissingInput } from './missingInput';

/** What reading one sheet gives: the rows without input errors, the input errors, and what is missing. */
export interface SheetReadResult<T> {
  records: T[];
  inputErrors: InputError[];
  missing: MissingInput[];
}

/**
 * Orders input errors by row, keeping each row's errors in the order they were found (cells
 * left to right, then checks across cells, then checks across rows).
 *
 * @example
 * sortByRow([{ row: 9, … }, { row: 3, … }]) // → [{ row: 3, … }, { row: 9, … }]
 */
export function sortByRow(errors: InputError[]): InputError[] {
  // Array.prototype.sort is stable, so errors of one row keep their order.
  return errors.sort((a, b) => a.row - b.row);
}
