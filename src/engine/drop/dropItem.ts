import type { LocalDate } from '../dates/localDate';
import type { BaseItem } from '../model/planItem';

/**
 * A drop item (SPEC §3.5), keyed `drop:<Membership ID>`. Ready or error, it holds the same
 * fields: the membership and the open balance the drop would cancel (its `amount`).
 */
export interface DropItem extends BaseItem<'drop'> {
  memberId: string;
  membershipId: string;
  name: string;
  product: string;
  endDate: LocalDate;
  amount: number;
  memberRow: number;
  newProduct: null;
  termStart: null;
  termEnd: null;
  dueDate: null;
  invoiceId: null;
  noticeNumber: null;
  noticeKind: null;
  dependsOn: null;
  invoiceRow: null;
  applicationRow: null;
}
