import type { BatchPerson } from '../apply/batchPerson';
import type { LocalDate } from '../dates/localDate';
import type { AccountType } from '../bank/accountType';
import type { PaymentFileFormat } from '../model/run';
import type { SequenceType } from './bank/sequenceType';

/**
 * An AutoPay invoice the post submitted for collection (SPEC §3.6): a row of the `<Run ID>
 * Payments` batch. When the run has a Payment File (SPEC §10) the row also holds what the bank
 * file needs, as it stood at posting — the file is written from the batch, so a member who
 * changes their account after the post does not change a file already promised to the bank.
 */
export interface PaymentBatchRow extends BatchPerson {
  invoiceId: string;
  membershipId: string;
  dueDate: LocalDate;
  attempt: number;
  amount: number;
  /** The amount's currency (SPEC §11), `null` without an amount: the batch's Currency column and its totals per currency. */
  currency: string | null;
  bank: BankCollectionRow | null;
}

/** The bank side of a collection row (SPEC §10); the other format's fields are `null`. */
export interface BankCollectionRow {
  paymentFile: PaymentFileFormat;
  collectionDate: LocalDate;
  /** The EndToEndId (SEPA) or the trace number (NACHA): Last Attempt Reference. */
  reference: string;
  /** SEPA only. */
  sequenceType: SequenceType | null;
  mandateId: string | null;
  mandateDate: LocalDate | null;
  iban: string | null;
  bic: string | null;
  /** NACHA only. */
  routingNumber: string | null;
  accountNumber: string | null;
  accountType: AccountType | null;
}
