import type { BatchPerson } from '../apply/batchPerson';
import type { LocalDate } from '../dates/localDate';

/** An application the post activated: a row of the `<Run ID> Activations` batch. */
export interface ActivationBatchRow extends BatchPerson {
  applicationId: string;
  membershipId: string;
  product: string;
  termStart: LocalDate;
  termEnd: LocalDate;
  /** The first term's invoice (SPEC §11 Bill Activations); both `null` when none was posted. */
  invoiceId: string | null;
  amount: number | null;
  /** The amount's currency (SPEC §11), `null` without an amount: the batch's Currency column and its totals per currency. */
  currency: string | null;
}
