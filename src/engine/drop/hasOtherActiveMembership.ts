import { isCurrentMembership } from '../model/isCurrentMembership';
import type { ApplyContext } from '../apply/applyContext';

/**
 * Whether a member keeps an `Active` membership after this post besides `membershipId`
 * (SPEC §3.5: "when that member (Member ID) has no other `Active` membership left, Member Type
 * → `Non-Member Type` on the dropped rows").
 *
 * A membership in grace (SPEC §11) counts as `Active`. "Left" is read after the whole post: a membership this post also drops does not count (so a
 * member whose two memberships are both dropped becomes a Non-Member on both rows), and a
 * membership this post activates for the same Member ID does (the member stays a member).
 * Members rows with input errors are not in the records and cannot count. Asked only about the
 * members of the post's drops, whose memberships `ctx` holds.
 *
 * @example
 * hasOtherActiveMembership(ctx, 'A-1', 'M-1') // → false when M-1 was A-1's only Active membership
 */
export function hasOtherActiveMembership(ctx: ApplyContext, memberId: string, membershipId: string): boolean {
  if (ctx.activatedMemberIds.has(memberId)) return true;
  const memberships = ctx.membershipsOfDroppedMembers.get(memberId) ?? [];
  return memberships.some(
    (m) => m.membershipId !== membershipId && isCurrentMembership(m.status, ctx.settings) && !ctx.droppedMembershipIds.has(m.membershipId),
  );
}
