import type { LocalDate } from '../dates/localDate';
import type { BaseItem } from '../model/planItem';

/**
 * A collect item (SPEC §3.6), keyed `collect:<Invoice ID>`: an AutoPay submission of one open
 * invoice. Whatever its status, it holds the member and the invoice; `amount` is the Balance.
 */
export interface CollectItem extends BaseItem<'collect'> {
  memberId: string;
  membershipId: string;
  name: string;
  product: string;
  endDate: LocalDate;
  termStart: LocalDate;
  termEnd: LocalDate;
  dueDate: LocalDate;
  amount: number;
  invoiceId: string;
  memberRow: number;
  invoiceRow: number;
  newProduct: null;
  noticeNumber: null;
  noticeKind: null;
  dependsOn: null;
  applicationRow: null;
}
