import type { Action } from '../actions/actionRegistry';
import { roundCents } from '../money/roundCents';
import { posts, type PlanItem } from '../model/planItem';
import type { CountAndAmount } from './planStatistics';

/** Count and amount of the items that post, per action that has any. */
export type PostingCounts = Partial<Record<Action, CountAndAmount>>;

/**
 * Counts the items that post (`ready`/`warning`) and sums their amounts to the cent, per
 * action, in the order the actions first appear in `items`: what a post's confirmation states.
 *
 * @example
 * postingCounts(plan.items) // → { renew: { count: 2, amount: 240 }, notify: { count: 3, amount: 360 } }
 */
export function postingCounts(items: readonly PlanItem[]): PostingCounts {
  const counts: PostingCounts = {};
  for (const item of items) {
    if (!posts(item)) continue;
    const c = (counts[item.action] ??= { count: 0, amount: 0 });
    c.count += 1;
    c.amount = roundCents(c.amount + (item.amount ?? 0));
  }
  return counts;
}
