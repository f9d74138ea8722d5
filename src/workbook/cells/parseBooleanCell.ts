import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';

const WORDS = new Map<string, boolean>([
  ['yes', true],
  ['y', true],
  ['true', true],
  ['1', true],
  ['no', false],
  ['n', false],
  ['false', false],
  ['0', false],
]);

/**
 * Reads a yes/no cell: `Yes/No`, `Y/N`, `TRUE/FALSE`, `1/0` in any letter case, real Excel
 * booleans, and the numbers 1 and 0.
 *
 * @example
 * parseBooleanCell('yes', context)   // → { ok: true, value: true }
 * parseBooleanCell(0, context)       // → { ok: true, value: false }
 * parseBooleanCell('maybe', context) // → { ok: false, message: "AutoPay 'maybe' is not Yes or No" }
 */
export function parseBooleanCell(cell: ValueCell, context: CellContext): CellResult<boolean> {
  if (typeof cell === 'boolean') return accept(cell);
  if (typeof cell === 'number') {
    if (cell === 1 || cell === 0) return accept(cell === 1);
  } else if (typeof cell === 'string') {
    const value = WORDS.get(cell.trim().toLowerCase());
    if (value !== undefined) return accept(value);
  }
  return reject(`${context.column} ${describeCell(cell)} is not Yes or No`);
}
