import type { ItemStatus, PlanItem } from '../model/planItem';
import { ITEM_STATUSES } from '../model/planItem';
import type { Action } from '../model/run';
import { roundCents } from '../money/roundCents';

/** Kept here too for callers written before it had a module of its own. */
export { roundCents };

export interface CountAndAmount {
  count: number;
  amount: number;
}

/** Count and amount per action × status (SPEC §5); every listed action has every status. */
export type PlanStatistics = Partial<Record<Action, Record<ItemStatus, CountAndAmount>>>;

/**
 * Counts items and sums their amounts per action and status. Amounts are rounded to cents so
 * that sums of prices like 0.1 + 0.2 print as 0.3.
 *
 * @example
 * planStatistics(items, ['renew']).renew?.ready // → { count: 12, amount: 1440 }
 */
export function planStatistics(items: readonly PlanItem[], actions: readonly Action[]): PlanStatistics {
  const stats: PlanStatistics = {};
  const ensure = (action: Action) => (stats[action] ??= emptyRow());
  for (const action of actions) ensure(action);
  for (const item of items) {
    const cell = ensure(item.action)[item.status];
    cell.count += 1;
    cell.amount = roundCents(cell.amount + (item.amount ?? 0));
  }
  return stats;
}

function emptyRow(): Record<ItemStatus, CountAndAmount> {
  const row = {} as Record<ItemStatus, CountAndAmount>;
  for (const s of ITEM_STATUSES) row[s] = { count: 0, amount: 0 };
  return row;
}
