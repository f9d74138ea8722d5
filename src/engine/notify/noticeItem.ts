import type { LocalDate } from '../dates/localDate';
import type { BaseItem, NoticeKind, PlannedStatus } from '../model/planItem';

/** What every notice holds: the invoice's terms and balance, and the notice's number and kind. */
interface NoticeItemBase extends BaseItem<'notify'> {
  membershipId: string;
  product: string;
  termStart: LocalDate;
  termEnd: LocalDate;
  dueDate: LocalDate;
  amount: number;
  noticeNumber: number;
  noticeKind: NoticeKind;
  newProduct: null;
  applicationRow: null;
}

/** A notice on an existing Invoices row (`notify:<Invoice ID>`). */
interface OnExistingInvoice {
  invoiceId: string;
  invoiceRow: number;
  dependsOn: null;
}

/** A notice on an invoice the same run proposes (`notify:new:<Membership ID>`): no ID until posted. */
interface OnProposedInvoice {
  invoiceId: null;
  invoiceRow: null;
  /** The key of the renew item that proposes the invoice. */
  dependsOn: string;
}

/** The member the notice goes to. */
interface ToMember {
  status: PlannedStatus;
  memberId: string;
  name: string;
  endDate: LocalDate;
  memberRow: number;
}

/** No Members row has the invoice's Membership ID: an `error` (MEMBERSHIP_NOT_FOUND). */
interface ToNoMember {
  status: 'error';
  name: null;
  email: null;
  endDate: null;
  memberRow: null;
}

/** A notify item (SPEC §3.4): on an existing or a proposed invoice, to a member or to none. */
export type NoticeItem = NoticeItemBase & (OnExistingInvoice | OnProposedInvoice) & (ToMember | ToNoMember);
