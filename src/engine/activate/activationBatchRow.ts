import type { BatchPerson } from '../apply/batchPerson';
import type { LocalDate } from '../dates/localDate';

/** An application the post activated: a row of the `<Run ID> Activations` batch. */
export interface ActivationBatchRow extends BatchPerson {
  applicationId: string;
  membershipId: string;
  product: string;
  termStart: LocalDate;
  termEnd: LocalDate;
}
