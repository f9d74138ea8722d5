import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';

/**
 * Reads a comma-separated list: items trimmed, empty items (`a,,b`, a trailing comma) dropped.
 * A single number is a one-item list (`2026` → `['2026']`).
 *
 * @example
 * parseListCell(' Regular, Student ,', context) // → { ok: true, value: ['Regular', 'Student'] }
 */
export function parseListCell(cell: ValueCell, context: CellContext): CellResult<string[]> {
  if (typeof cell === 'number' && Number.isFinite(cell)) return accept([String(cell)]);
  if (typeof cell !== 'string') return reject(`${context.column} ${describeCell(cell)} is not a comma-separated list`);
  return accept(splitList(cell));
}

/**
 * Splits comma-separated text into trimmed, non-empty items.
 *
 * @example
 * splitList('renew, notify,,') // → ['renew', 'notify']
 */
export function splitList(text: string): string[] {
  const items: string[] = [];
  for (const part of text.split(',')) {
    const item = part.trim();
    if (item !== '') items.push(item);
  }
  return items;
}
