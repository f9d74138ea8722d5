import type { Member } from '../model/records';

/**
 * The Members rows of the memberships some records name (invoices, notices), found in one pass
 * over the members. When a few memberships are asked about, this is several times cheaper than
 * indexing every membership (`GatheredState.membersByMembershipId`): the Map holds only the IDs
 * asked for, and the pass only looks IDs up. A Membership ID no Members row has maps to
 * `undefined`; when two rows share one (the reader never returns such rows), the later one wins,
 * as in the full index.
 *
 * @example
 * membersOfMemberships(records.members, [{ membershipId: 'M-1' }, { membershipId: 'M-9' }])
 * // → Map { 'M-1' => { membershipId: 'M-1', … }, 'M-9' => undefined }
 */
export function membersOfMemberships(members: readonly Member[], records: Iterable<{ membershipId: string }>): Map<string, Member | undefined> {
  const found = new Map<string, Member | undefined>();
  for (const record of records) found.set(record.membershipId, undefined);
  for (const member of members) {
    if (found.has(member.membershipId)) found.set(member.membershipId, member);
  }
  return found;
}
