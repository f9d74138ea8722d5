import { nameKey } from '../gather/nameKey';
import type { Member } from '../model/records';

/**
 * Whether one of a member's memberships is `Active` and of `product` (names compared trimmed
 * and case-insensitive). SPEC §3.7: such a member's application is an `error`, not a second
 * membership of the same product.
 *
 * @example
 * hasActiveMembership(state.membersByMemberId.get('M-7') ?? [], 'Annual') // → true
 */
export function hasActiveMembership(memberships: readonly Member[], product: string): boolean {
  const key = nameKey(product);
  return memberships.some((m) => m.status === 'Active' && nameKey(m.product) === key);
}
