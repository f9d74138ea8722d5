import { nextMembershipId } from './nextMembershipId';

describe('nextMembershipId', () => {
  it('uses the Member ID when no membership uses it', () => {
    expect(nextMembershipId('M-7', () => false)).toBe('M-7');
  });

  it.each([
    [['M-7'], 'M-7-2'],
    [['M-7', 'M-7-2'], 'M-7-3'],
    [['M-7', 'M-7-3'], 'M-7-2'], // the first free suffix, not one past the highest
    [['M-7', 'M-7-2', 'M-7-3', 'M-7-4'], 'M-7-5'],
  ])('takes the first free suffix when %j are used', (used, expected) => {
    expect(nextMembershipId('M-7', (id) => used.includes(id))).toBe(expected);
  });

  it('compares IDs exactly, not by letter case', () => {
    expect(nextMembershipId('m-7', (id) => id === 'M-7')).toBe('m-7');
  });
});
