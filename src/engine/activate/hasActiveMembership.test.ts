import { DEFAULT_SETTINGS } from '../model/settings';
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
    ['Grace', true], // the default Grace Status (SPEC §11)
    ['Lapsed', false], // a grace status, but not the setting's
  ])('counts a membership of the product with Status %s → %s', (status, expected) => {
    expect(hasActiveMembership([makeMember({ status, product: 'Annual' })], 'Annual', DEFAULT_SETTINGS)).toBe(expected);
  });

  it('counts the Grace Status the settings name', () => {
    expect(hasActiveMembership([makeMember({ status: 'Lapsed', product: 'Annual' })], 'Annual', { graceStatus: 'Lapsed' })).toBe(true);
  });

  it('compares product names case-insensitively', () => {
    expect(hasActiveMembership([makeMember({ product: ' ANNUAL' })], 'annual ', DEFAULT_SETTINGS)).toBe(true);
  });

  it('ignores Active memberships of other products', () => {
    expect(hasActiveMembership([makeMember({ product: 'Monthly' })], 'Annual', DEFAULT_SETTINGS)).toBe(false);
    expect(hasActiveMembership([], 'Annual', DEFAULT_SETTINGS)).toBe(false);
  });
});
