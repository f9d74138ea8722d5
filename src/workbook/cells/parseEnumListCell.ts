import type { CellParser } from './cellParser';
import { accept, reject } from './cellResult';
import { describeCell } from './describeCell';
import { enumKey } from './parseEnumCell';
import { splitList } from './parseListCell';

/**
 * A parser for a comma list of allowed words (a run's Actions): case-insensitive, duplicates
 * merged, returned in the order of `values` (not the order written), so a list is a set with
 * a canonical order. Every unknown word is named in the message. An empty list (`,`) is read
 * as blank would be: `null`.
 *
 * @example
 * const actions = enumListCellParser(['activate', 'renew', 'drop', 'notify']);
 * actions('Notify, renew', context) // → { ok: true, value: ['renew', 'notify'] }
 * actions('renew, email', context)  // → { ok: false, message: "Actions 'email' is not one of activate, renew, drop, notify" }
 */
export function enumListCellParser<T extends string>(values: readonly T[]): CellParser<T[] | null> {
  const byKey = new Map<string, T>(values.map((v) => [enumKey(v), v]));
  const list = values.join(', ');
  return (cell, context) => {
    if (typeof cell !== 'string') return reject(`${context.column} ${describeCell(cell)} is not one of ${list}`);
    const chosen = new Set<T>();
    const unknown: string[] = [];
    for (const item of splitList(cell)) {
      const value = byKey.get(enumKey(item));
      if (value === undefined) unknown.push(`'${item}'`);
      else chosen.add(value);
    }
    if (unknown.length > 0) {
      const verb = unknown.length === 1 ? 'is not one of' : 'are not among';
      return reject(`${context.column} ${unknown.join(', ')} ${verb} ${list}`);
    }
    return accept(chosen.size === 0 ? null : values.filter((v) => chosen.has(v)));
  };
}
