import type { BatchPerson } from '../apply/batchPerson';
import type { LocalDate } from '../dates/localDate';

/** A membership the post moved into grace: a row of the `<Run ID> Lapses` batch. */
export interface LapseBatchRow extends BatchPerson {
  membershipId: string;
  product: string;
  endDate: LocalDate;
}
