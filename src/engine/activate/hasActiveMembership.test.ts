import type { MemberStatus } from '../model/records';
import { makeMember } from '../testing/recordBuilders';
import { hasActiveMembership } from './hasActiveMembership';

describe('hasActiveMembership', () => {
  it.each<[MemberStatus, boolean]>([
    ['Active', true],
    ['Expired', false],
    ['Dropped', false],
    ['Cancelled', false],
    ['Pending', false],
  ])('counts a membership of the product with Status %s → %s', (status, expected) => {
    expect(hasActiveMembership([makeMember({ status, product: 'Annual' })], 'Annual')).toBe(expected);
  });

  it('compares product names case-insensitively', () => {
    expect(hasActiveMembership([makeMember({ product: ' ANNUAL' })], 'annual ')).toBe(true);
  });

  it('ignores Active memberships of other products', () => {
    expect(hasActiveMembership([makeMember({ product: 'Monthly' })], 'Annual')).toBe(false);
    expect(hasActiveMembership([], 'Annual')).toBe(false);
  });
});
