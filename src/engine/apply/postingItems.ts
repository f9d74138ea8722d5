import { posts, type PlanItem, type PostingItem } from '../model/planItem';

/**
 * The items a post applies, in plan order: `ready`/`warning` items whose dependency (if any)
 * posts too. SPEC §5: "an item that depends on another (a notice on an invoice the run
 * proposes) is posted only together with it".
 *
 * Planning already gives an excluded renewal no notice; this is the defensive half: a notice
 * whose renewal is not posting (excluded, an error, or missing from the plan) is dropped
 * rather than written against an invoice that will not exist. A dependency must come earlier
 * in the plan, as renew comes before notify (SPEC §3 evaluation order).
 *
 * @example
 * postingItems([renewA, noticeOnNewA, excludedRenewB, noticeOnNewB]).map((i) => i.key)
 * // → ['renew:A', 'notify:new:A']
 */
export function postingItems(items: readonly PlanItem[]): PostingItem[] {
  const posted = new Set<string>();
  const result: PostingItem[] = [];
  for (const item of items) {
    if (!posts(item)) continue;
    if (item.dependsOn !== null && !posted.has(item.dependsOn)) continue;
    posted.add(item.key);
    result.push(item);
  }
  return result;
}
