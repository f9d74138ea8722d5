import { isCurrentMembership } from '../model/isCurrentMembership';
import type { Settings } from '../model/settings';
import { nameKey } from '../gather/nameKey';
import type { Member } from '../model/records';

/**
 * Whether one of a member's memberships is `Active` (or in grace, SPEC §11) and of `product` (names compared trimmed
 * and case-insensitive). SPEC §3.7: such a member's application is an `error`, not a second
 * membership of the same product.
 *
 * @example
 * hasActiveMembership(state.membersByMemberId.get('M-7') ?? [], 'Annual', settings) // → true
 */
export function hasActiveMembership(memberships: readonly Member[], product: string, settings: Pick<Settings, 'graceStatus'>): boolean {
  const key = nameKey(product);
  return memberships.some((m) => isCurrentMembership(m.status, settings) && nameKey(m.product) === key);
}
