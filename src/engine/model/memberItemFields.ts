import type { LocalDate } from '../dates/localDate';
import type { Member } from './records';

/** The fields of an item that describe the membership it acts on. */
export interface MemberItemFields {
  memberId: string;
  membershipId: string;
  name: string;
  email: string | null;
  product: string;
  endDate: LocalDate;
  memberRow: number;
}

/**
 * Copies a membership's identifying fields onto an item (renew and drop items; notify adds its
 * invoice's fields over them).
 *
 * @example
 * createItem<DropItem>({ key: `drop:${member.membershipId}`, action: 'drop', status: 'ready', ...memberItemFields(member), amount: 0 });
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
