import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';

/**
 * Reads a number cell. Text is refused even when it looks like a number (`'12.50'`): a number
 * stored as text is a common spreadsheet mistake, and nothing is silently coerced (SPEC §2).
 *
 * @example
 * parseNumberCell(12.5, context)    // → { ok: true, value: 12.5 }
 * parseNumberCell('12.5', context)  // → { ok: false, message: "Price '12.5' is text, not a number" }
 */
export function parseNumberCell(cell: ValueCell, context: CellContext): CellResult<number> {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? accept(cell) : reject(`${context.column} is not a finite number`);
  }
  if (typeof cell === 'string') return reject(`${context.column} ${describeCell(cell)} is text, not a number`);
  return reject(`${context.column} ${describeCell(cell)} is not a number`);
}

/**
 * Reads a number cell that must not be negative (prices, amounts, balances).
 *
 * @example
 * parseNonNegativeNumberCell(0, context)  // → { ok: true, value: 0 }
 * parseNonNegativeNumberCell(-5, context) // → { ok: false, message: 'Price -5 is negative' }
 */
export function parseNonNegativeNumberCell(cell: ValueCell, context: CellContext): CellResult<number> {
  const read = parseNumberCell(cell, context);
  if (read.ok && read.value < 0) return reject(`${context.column} ${read.value} is negative`);
  return read;
}
