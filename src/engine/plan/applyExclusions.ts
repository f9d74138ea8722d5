import type { PlanItem } from '../model/planItem';

/**
 * Marks the items staff turned off as `excluded`. Only items that would post can be excluded:
 * an `error` or `skipped` item keeps its status and reason, so staff still see why.
 * Returns new items; the input is not changed.
 *
 * @example
 * applyExclusions(items, new Set(['renew:M-1001']))
 */
export function applyExclusions(items: readonly PlanItem[], excludedKeys: ReadonlySet<string>): PlanItem[] {
  if (excludedKeys.size === 0) return [...items];
  return items.map((item) =>
    excludedKeys.has(item.key) && (item.status === 'ready' || item.status === 'warning')
      ? { ...item, status: 'excluded', reason: { code: 'EXCLUDED_BY_STAFF' } }
      : item,
  );
}
