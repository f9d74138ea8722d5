import { makeMember } from '../testing/recordBuilders';
import { membersOfMemberships } from './membersOfMemberships';

describe('membersOfMemberships', () => {
  it('finds the Members row of each Membership ID asked about, and only those', () => {
    const members = [makeMember({ membershipId: 'M1', row: 2 }), makeMember({ membershipId: 'M2', row: 3 }), makeMember({ membershipId: 'M3', row: 4 })];
    const found = membersOfMemberships(members, [{ membershipId: 'M3' }, { membershipId: 'M1' }, { membershipId: 'M3' }]);
    expect([...found.keys()]).toEqual(['M3', 'M1']);
    expect(found.get('M1')).toBe(members[0]);
    expect(found.get('M3')).toBe(members[2]);
    expect(found.has('M2')).toBe(false);
  });

  it('maps a Membership ID no Members row has to undefined', () => {
    const found = membersOfMemberships([makeMember({ membershipId: 'M1' })], [{ membershipId: 'M9' }]);
    expect(found.has('M9')).toBe(true);
    expect(found.get('M9')).toBeUndefined();
  });

  it('takes the later of two rows sharing an ID, as the full index does', () => {
    const members = [makeMember({ membershipId: 'M1', row: 2 }), makeMember({ membershipId: 'M1', row: 9 })];
    expect(membersOfMemberships(members, [{ membershipId: 'M1' }]).get('M1')?.row).toBe(9);
  });

  it('does not change its inputs', () => {
    const members = [makeMember({ membershipId: 'M1' })];
    const asked = [{ membershipId: 'M1' }];
    const before = JSON.stringify([members, asked]);
    membersOfMemberships(members, asked);
    expect(JSON.stringify([members, asked])).toBe(before);
  });
});
