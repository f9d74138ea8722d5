import type { LocalDate } from '../dates/localDate';
import type { BaseItem, BlockedStatus, PlannedStatus } from '../model/planItem';

/** What every renew item holds: the membership, its current term, and the new term's start. */
interface RenewItemBase extends BaseItem<'renew'> {
  memberId: string;
  membershipId: string;
  name: string;
  product: string;
  endDate: LocalDate;
  termStart: LocalDate;
  dueDate: LocalDate;
  memberRow: number;
  invoiceId: null;
  noticeNumber: null;
  noticeKind: null;
  dependsOn: null;
  invoiceRow: null;
  applicationRow: null;
}

/** A renewal whose new product was found: the invoice it proposes is complete. */
export interface PlannedRenewItem extends RenewItemBase {
  status: PlannedStatus;
  newProduct: string;
  termEnd: LocalDate;
  amount: number;
}

/**
 * A renewal whose new product could not be resolved (README: "Renew `error` items keep Term
 * Start and Due Date; Term End and Amount are blank"). `newProduct` is the name looked up and
 * not found, or `null` when the Mapping sheet gave none.
 */
export interface BlockedRenewItem extends RenewItemBase {
  status: BlockedStatus;
  newProduct: string | null;
  termEnd: null;
  amount: null;
}

/** A renew item (SPEC §3.1, §3.2), keyed `renew:<Membership ID>`. */
export type RenewItem = PlannedRenewItem | BlockedRenewItem;
