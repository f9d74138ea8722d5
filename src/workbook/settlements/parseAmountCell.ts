import type { CellContext, ValueCell } from '../cells/cellParser';
import { accept, reject, type CellResult } from '../cells/cellResult';
import { describeCell } from '../cells/describeCell';

// Plain decimal text as payment processors export it: digits, an optional point and decimals.
const DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * Reads a settlement Amount: a number cell, or — because a CSV file holds only text — plain
 * decimal text (`120`, `120.50`). Thousands separators, currency signs, commas as decimal
 * points and more than two decimals are refused, not guessed at. It must be more than 0.
 *
 * @example
 * parseAmountCell('120.50', context) // → { ok: true, value: 120.5 }
 * parseAmountCell('$120', context)   // → { ok: false, message: "Amount '$120' is not an amount (write 120.50)" }
 */
export function parseAmountCell(cell: ValueCell, context: CellContext): CellResult<number> {
  let value: number | null = null;
  if (typeof cell === 'number' && Number.isFinite(cell)) value = cell;
  else if (typeof cell === 'string' && DECIMAL.test(cell.trim())) value = Number(cell.trim());
  if (value === null) return reject(`${context.column} ${describeCell(cell)} is not an amount (write 120.50)`);
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) return reject(`${context.column} ${value} has more than two decimals`);
  if (value <= 0) return reject(`${context.column} ${value} is not more than 0`);
  return accept(value);
}
