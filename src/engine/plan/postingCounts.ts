import type { Action } from '../actions/actionRegistry';
import { posts, type PlanItem } from '../model/planItem';
import { countItem, type CountAndAmount } from './planStatistics';

/** Count and amount of the items that post, per action that has any. */
export type PostingCounts = Partial<Record<Action, CountAndAmount>>;

/**
 * Counts the items that post (`ready`/`warning`) and sums their amounts to the cent, per
 * action and per currency, in the order the actions first appear in `items`: what a post's
 * confirmation states. `amount` is the plain sum only while everything posted is in one
 * currency (SPEC §11), else `null` and `amounts` says it per currency.
 *
 * @example
 * postingCounts(plan.items) // → { renew: { count: 2, amount: 240, amounts: { USD: 240 } }, notify: { count: 3, amount: 360, amounts: { USD: 360 } } }
 */
export function postingCounts(items: readonly PlanItem[]): PostingCounts {
  const counts: PostingCounts = {};
  const currencies = new Set<string>();
  for (const item of items) {
    if (!posts(item)) continue;
    countItem((counts[item.action] ??= { count: 0, amount: 0, amounts: {} }), item, currencies);
  }
  if (currencies.size > 1) for (const c of Object.values(counts)) c.amount = null;
  return counts;
}
