import type { LocalDate } from '../../dates/localDate';
import type { SequenceType } from '../../collect/bank/sequenceType';

/**
 * One transaction of a bank's answer file (camt.054/053, NACHA returns) as reconcile reads it
 * (SPEC §10 "Returns"): the workbook layer reads the file, the engine decides.
 */
export interface BankSettlement {
  /** 1-based order in the file: the reconcile report's row. */
  position: number;
  /** `Sts BOOK`; pending and information-only entries are not. */
  booked: boolean;
  /** The bank's own reference: what the Payments sheet records, so a re-import is recognised. */
  reference: string;
  /** The booking date, as written and as a day (null when the file has none). */
  processedAt: string;
  processedDate: LocalDate | null;
  amount: number;
  currency: string;
  /** credit: a collection paid; return: a collection returned, refused or refunded; batchCredit: one credit for a whole PmtInf. */
  kind: 'credit' | 'return' | 'batchCredit' | 'other';
  /** A reversal of money already credited (`RvslInd`, a refund `MD06`/`PRDD`). */
  reversal: boolean;
  /** The attempt the bank quotes: the EndToEndId (SEPA) or the original trace (NACHA). */
  attemptReference: string | null;
  /** The invoice it is about: the EndToEndId less its `-<attempt>`, or the NACHA Individual ID. */
  invoiceId: string | null;
  /** A batch-booked credit's PmtInfId and number of transactions. */
  pmtInfId: string | null;
  batchCount: number | null;
  /** The return reason code (`AM04`, `R01`), and the bank's words when it gave some. */
  returnCode: string | null;
  returnText: string | null;
}

/** A collection a post exported (a row of a `<Run ID> Payments` batch with a Payment File). */
export interface PostedCollection {
  invoiceId: string;
  /** Its Last Attempt Reference: EndToEndId or trace number. */
  reference: string;
  amount: number;
  /** The PmtInfId it was exported under (SEPA), `null` for NACHA. */
  pmtInfId: string | null;
  sequenceType: SequenceType | null;
  mandateId: string | null;
}

/** A row of the Payments sheet, as reversing a settled debit needs it. */
export interface PaymentRecord {
  row: number;
  reference: string;
  invoiceId: string | null;
  amount: number | null;
  /** The reference of the bank reversal that undid it (`Reversed By`), `null` while it stands. */
  reversedBy: string | null;
}
