import type { CellParser } from './cellParser';
import { accept, reject } from './cellResult';
import { parseNumberCell } from './parseNumberCell';

/** Inclusive bounds of an integer column; an absent bound is no constraint. */
export interface IntegerRange {
  min?: number;
  max?: number;
}

/**
 * A parser for whole numbers within a range (number cells only, as {@link parseNumberCell}).
 * Built once per column.
 *
 * @example
 * const termMonths = integerCellParser({ min: 1, max: 120 });
 * termMonths(12, context)  // → { ok: true, value: 12 }
 * termMonths(1.5, context) // → { ok: false, message: 'Term Months 1.5 is not a whole number' }
 * termMonths(0, context)   // → { ok: false, message: 'Term Months 0 is not between 1 and 120' }
 */
export function integerCellParser(range: IntegerRange = {}): CellParser<number> {
  const { min, max } = range;
  const expected =
    min !== undefined && max !== undefined
      ? `is not between ${min} and ${max}`
      : min !== undefined
        ? min === 0
          ? 'is negative'
          : `is less than ${min}`
        : `is more than ${max}`;
  return (cell, context) => {
    const read = parseNumberCell(cell, context);
    if (!read.ok) return read;
    const n = read.value;
    if (!Number.isInteger(n)) return reject(`${context.column} ${n} is not a whole number`);
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
      return reject(`${context.column} ${n} ${expected}`);
    }
    return accept(n);
  };
}

/** Whole numbers ≥ 0 (day counts, notice counts, retries). */
export const parseNonNegativeIntegerCell: CellParser<number> = integerCellParser({ min: 0 });
