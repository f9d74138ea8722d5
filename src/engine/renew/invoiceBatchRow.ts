import type { BatchPerson } from '../apply/batchPerson';
import type { LocalDate } from '../dates/localDate';

/** A renewal invoice the post appended: a row of the `<Run ID> Invoices` batch. */
export interface InvoiceBatchRow extends BatchPerson {
  invoiceId: string;
  membershipId: string;
  product: string;
  billDate: LocalDate;
  dueDate: LocalDate;
  termStart: LocalDate;
  termEnd: LocalDate;
  amount: number;
  /** The amount's currency (SPEC §11), `null` without an amount: the batch's Currency column and its totals per currency. */
  currency: string | null;
}
