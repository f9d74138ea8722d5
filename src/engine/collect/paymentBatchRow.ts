import type { BatchPerson } from '../apply/batchPerson';
import type { LocalDate } from '../dates/localDate';

/** An AutoPay invoice the post submitted for collection (SPEC §3.6): a row of the `<Run ID> Payments` batch. */
export interface PaymentBatchRow extends BatchPerson {
  invoiceId: string;
  membershipId: string;
  dueDate: LocalDate;
  attempt: number;
  amount: number;
}
