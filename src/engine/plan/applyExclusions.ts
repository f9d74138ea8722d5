import { posts, type BaseItem } from '../model/planItem';
import type { Reason } from '../model/reason';

/**
 * Marks the items staff turned off as `excluded`. Only items that would post can be excluded:
 * an `error` or `skipped` item keeps its status and reason, so staff still see why.
 * Returns new items; the input is not changed.
 *
 * @example
 * applyExclusions(items, new Set(['renew:M-1001']))
 */
export function applyExclusions<I extends BaseItem>(items: readonly I[], excludedKeys: ReadonlySet<string>): I[] {
  if (excludedKeys.size === 0) return [...items];
  // An excluded item keeps every field it was planned with (the item types give `excluded` the
  // fields of `ready`): only its status and reason change.
  return items.map((item) => (excludedKeys.has(item.key) && posts(item) ? excludedCopy(item) : item));
}

function excludedCopy<I extends BaseItem>(item: I): I {
  const reason: Reason = { code: 'EXCLUDED_BY_STAFF' };
  return { ...item, status: 'excluded', reason };
}
