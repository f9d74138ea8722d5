import { isCurrentMembership, isGraceStatus } from './isCurrentMembership';
import type { MemberStatus } from './records';
import { DEFAULT_SETTINGS } from './settings';

describe('isCurrentMembership', () => {
  it.each<[MemberStatus, boolean]>([
    ['Active', true],
    ['Grace', true],
    ['Lapsed', false], // a grace status, but not the setting's
    ['Expired', false],
    ['Dropped', false],
    ['Cancelled', false],
    ['Pending', false],
  ])('is %s current with the default Grace Status → %s', (status, expected) => {
    expect(isCurrentMembership(status, DEFAULT_SETTINGS)).toBe(expected);
  });

  it('follows the Grace Status setting', () => {
    expect(isCurrentMembership('Lapsed', { graceStatus: 'Lapsed' })).toBe(true);
    expect(isCurrentMembership('Grace', { graceStatus: 'Lapsed' })).toBe(false);
  });
});

describe('isGraceStatus', () => {
  it.each([
    ['Grace', true],
    ['Overdue', true],
    ['Active', false],
    ['grace', false], // the parsed setting is canonical: compared exactly
  ])('is %s → %s', (status, expected) => {
    expect(isGraceStatus(status)).toBe(expected);
  });
});
