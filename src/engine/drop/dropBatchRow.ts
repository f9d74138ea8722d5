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
}
