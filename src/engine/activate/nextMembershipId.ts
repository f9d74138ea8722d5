/**
 * The Membership ID of a new membership of `memberId`: the Member ID itself when it is free
 * (the Members sheet's default, SPEC §2), else the first free of `<Member ID>-2`, `-3`, ….
 *
 * @example
 * nextMembershipId('M-7', () => false)                      // → 'M-7'
 * nextMembershipId('M-7', (id) => id === 'M-7')             // → 'M-7-2'
 * nextMembershipId('M-7', (id) => ['M-7', 'M-7-2'].includes(id)) // → 'M-7-3'
 */
export function nextMembershipId(memberId: string, isUsed: (membershipId: string) => boolean): string {
  if (!isUsed(memberId)) return memberId;
  for (let n = 2; ; n++) {
    const candidate = `${memberId}-${n}`;
    if (!isUsed(candidate)) return candidate;
  }
}
