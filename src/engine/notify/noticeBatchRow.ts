import type { BatchPerson } from '../apply/batchPerson';
import type { LocalDate } from '../dates/localDate';
import type { NoticeKind } from '../model/planItem';

/** A notice the post recorded: a row of the `<Run ID> Notices` batch. */
export interface NoticeBatchRow extends BatchPerson {
  invoiceId: string;
  membershipId: string;
  noticeNumber: number;
  noticeKind: NoticeKind;
  dueDate: LocalDate;
  /** The invoice's balance: what the notice asks for. */
  amount: number;
  /** The amount's currency (SPEC §11), `null` without an amount: the batch's Currency column and its totals per currency. */
  currency: string | null;
}
