import type { CellParser } from './cellParser';
import { accept, reject } from './cellResult';
import { describeCell } from './describeCell';

/**
 * How an allowed word is compared: letter case, runs of spaces and the kind of dash do not
 * matter, so `failed to reconcile - timed out` matches `Failed to reconcile – timed out`
 * (nobody types an en dash).
 *
 * @example
 * enumKey(' Awaiting  SYNC ') // → 'awaiting sync'
 */
export function enumKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[‐‑‒–—―]/g, '-');
}

/**
 * A parser for a column with a fixed list of words (statuses, modes): case-insensitive,
 * returning the canonical spelling. Built once per column.
 *
 * @example
 * const status = enumCellParser(['Active', 'Expired']);
 * status('active', context) // → { ok: true, value: 'Active' }
 * status('Activ', context)  // → { ok: false, message: "Status 'Activ' is not one of Active, Expired" }
 */
export function enumCellParser<T extends string>(values: readonly T[]): CellParser<T> {
  const byKey = new Map<string, T>(values.map((v) => [enumKey(v), v]));
  const exact = new Set<string>(values);
  const list = values.join(', ');
  return (cell, context) => {
    if (typeof cell === 'string') {
      // Fast path: most cells are already spelled canonically.
      if (exact.has(cell)) return accept(cell as T);
      const value = byKey.get(enumKey(cell));
      if (value !== undefined) return accept(value);
    }
    return reject(`${context.column} ${describeCell(cell)} is not one of ${list}`);
  };
}
