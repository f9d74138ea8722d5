import { makeMember } from '../testing/recordBuilders';
import { membershipsOfMembers } from './membershipsOfMembers';

describe('membershipsOfMembers', () => {
  it("lists each asked member's memberships in sheet order, and no one else's", () => {
    const members = [
      makeMember({ memberId: 'A1', membershipId: 'M1' }),
      makeMember({ memberId: 'B1', membershipId: 'M2' }),
      makeMember({ memberId: 'A1', membershipId: 'M3' }),
    ];
    const found = membershipsOfMembers(members, [{ memberId: 'A1' }, { memberId: 'A1' }]);
    expect([...found.keys()]).toEqual(['A1']);
    expect(found.get('A1')).toEqual([members[0], members[2]]);
  });

  it('gives an empty list for a Member ID no Members row has', () => {
    expect(membershipsOfMembers([makeMember({ memberId: 'A1' })], [{ memberId: 'Z9' }]).get('Z9')).toEqual([]);
  });

  it('does not change its inputs', () => {
    const members = [makeMember({ memberId: 'A1' })];
    const asked = [{ memberId: 'A1' }];
    const before = JSON.stringify([members, asked]);
    membershipsOfMembers(members, asked);
    expect(JSON.stringify([members, asked])).toBe(before);
  });
});
