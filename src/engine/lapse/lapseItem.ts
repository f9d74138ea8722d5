import type { LocalDate } from '../dates/localDate';
import type { BaseItem } from '../model/planItem';

/**
 * A lapse item (SPEC §11 Grace), keyed `lapse:<Membership ID>`: an `Active` membership past its
 * End Date with no paid renewal, which posting moves to the `Grace Status` setting.
 */
export interface LapseItem extends BaseItem<'lapse'> {
  memberId: string;
  membershipId: string;
  name: string;
  product: string;
  endDate: LocalDate;
  memberRow: number;
  newProduct: null;
  termStart: null;
  termEnd: null;
  dueDate: null;
  amount: null;
  invoiceId: null;
  noticeNumber: null;
  noticeKind: null;
  dependsOn: null;
  invoiceRow: null;
  applicationRow: null;
}
