import type { LocalDate } from '../dates/localDate';
import type { BaseItem, BlockedStatus, PlannedStatus } from '../model/planItem';

/** What every activate item holds: the application and who it is for. */
interface ActivateItemBase extends BaseItem<'activate'> {
  memberId: string;
  name: string;
  product: string;
  newProduct: string;
  applicationRow: number;
  endDate: null;
  invoiceId: null;
  noticeNumber: null;
  noticeKind: null;
  dependsOn: null;
  memberRow: null;
  invoiceRow: null;
}

/**
 * An application that becomes a new membership: its Membership ID and first term, and — when
 * its run has Bill Activations (SPEC §11) — the amount of the invoice posted for that term, due
 * on its first day. `amount` and `dueDate` are `null` when the activation posts no invoice.
 */
export interface PlannedActivateItem extends ActivateItemBase {
  status: PlannedStatus;
  membershipId: string;
  termStart: LocalDate;
  termEnd: LocalDate;
  amount: number | null;
  dueDate: LocalDate | null;
}

/** An application that cannot be activated: it claims no Membership ID and no term. */
export interface BlockedActivateItem extends ActivateItemBase {
  status: BlockedStatus;
  membershipId: null;
  termStart: null;
  termEnd: null;
  amount: null;
  dueDate: null;
}

/** An activate item (SPEC §3.7), keyed `activate:<Application ID>`. */
export type ActivateItem = PlannedActivateItem | BlockedActivateItem;
