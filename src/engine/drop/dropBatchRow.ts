import type { BatchPerson } from '../apply/batchPerson';
import type { LocalDate } from '../dates/localDate';

/** A membership the post dropped: a row of the `<Run ID> Drops` batch. */
export interface DropBatchRow extends BatchPerson {
  membershipId: string;
  product: string;
  endDate: LocalDate;
  terminationDate: LocalDate;
  /** Open balance cancelled by the drop. */
  amount: number;
  /** The amount's currency (SPEC §11), `null` without an amount: the batch's Currency column and its totals per currency. */
  currency: string | null;
}
