import type { Member } from '../model/records';

/**
 * The memberships (Members rows, in sheet order) of the members some records name (drop
 * items), found in one pass over the members. When a few members are asked about, this is
 * several times cheaper than indexing every member (`GatheredState.membersByMemberId`): the Map
 * holds only the Member IDs asked for, and the pass only looks IDs up. A Member ID no Members
 * row has maps to an empty list.
 *
 * @example
 * membershipsOfMembers(records.members, [{ memberId: 'A-1' }])
 * // → Map { 'A-1' => [{ memberId: 'A-1', membershipId: 'M-1', … }, { memberId: 'A-1', membershipId: 'M-7', … }] }
 */
export function membershipsOfMembers(members: readonly Member[], records: Iterable<{ memberId: string }>): Map<string, Member[]> {
  const found = new Map<string, Member[]>();
  for (const record of records) {
    if (!found.has(record.memberId)) found.set(record.memberId, []);
  }
  for (const member of members) found.get(member.memberId)?.push(member);
  return found;
}
