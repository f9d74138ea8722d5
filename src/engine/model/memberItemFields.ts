import type { PlanItem } from './planItem';
import type { Member } from './records';

/** The fields of an item that describe the membership it acts on. */
export type MemberItemFields = Pick<PlanItem, 'memberId' | 'membershipId' | 'name' | 'email' | 'product' | 'endDate' | 'memberRow'>;

/**
 * Copies a membership's identifying fields onto an item (renew and drop items; notify adds its
 * invoice's fields over them).
 *
 * @example
 * const item = { ...EMPTY_ITEM, ...memberItemFields(member), key: `drop:${member.membershipId}` };
 */
export function memberItemFields(member: Member): MemberItemFields {
  return {
    memberId: member.memberId,
    membershipId: member.membershipId,
    name: member.name,
    email: member.email,
    product: member.product,
    endDate: member.endDate,
    memberRow: member.row,
  };
}
