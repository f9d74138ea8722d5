import type { CellContext, ValueCell } from './cellParser';
import { accept, type CellResult } from './cellResult';
import { enumKey } from './parseEnumCell';
import { parseTextCell } from './parseTextCell';

/** The application statuses the rules act on, in their canonical spelling. */
const KNOWN = new Map<string, string>([
  ['approved', 'Approved'],
  ['activated', 'Activated'],
]);

/**
 * Reads an application's Status. Only `Approved` (activated by a run) and `Activated` (written
 * by post) mean something to the rules, and they are returned in that spelling whatever the
 * letter case; every other status (`Pending`, `Rejected`, an organisation's own words) is kept
 * as written, since it only means "not yet".
 *
 * @example
 * parseApplicationStatusCell('approved ', context) // → { ok: true, value: 'Approved' }
 * parseApplicationStatusCell('On hold', context)   // → { ok: true, value: 'On hold' }
 */
export function parseApplicationStatusCell(cell: ValueCell, context: CellContext): CellResult<string> {
  const read = parseTextCell(cell, context);
  if (!read.ok) return read;
  const known = KNOWN.get(enumKey(read.value));
  return known === undefined ? read : accept(known);
}
