import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';

/**
 * Reads a text cell, trimmed. A number is taken as the text Excel shows for it when typed
 * plainly (`1001` → `'1001'`), because IDs and codes are often typed as numbers; a TRUE/FALSE
 * or date cell is refused rather than turned into words.
 *
 * @example
 * parseTextCell('  Gold ', context) // → { ok: true, value: 'Gold' }
 * parseTextCell(1001, context)      // → { ok: true, value: '1001' }
 * parseTextCell(true, context)      // → { ok: false, message: 'Name TRUE is not text' }
 */
export function parseTextCell(cell: ValueCell, context: CellContext): CellResult<string> {
  if (typeof cell === 'string') return accept(cell.trim());
  if (typeof cell === 'number' && Number.isFinite(cell)) return accept(String(cell));
  return reject(`${context.column} ${describeCell(cell)} is not text`);
}
