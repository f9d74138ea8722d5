import type { AccountType } from '../bank/accountType';
import type { LocalDate } from '../dates/localDate';

/** Where a record came from: the row number Excel shows on its sheet. */
export interface SourceRow {
  row: number;
}

/** The statuses the `Grace Status` setting may name (SPEC §11 Grace; README "Grace"). */
export const GRACE_STATUSES = ['Grace', 'Lapsed', 'Overdue'] as const;
export type GraceStatus = (typeof GRACE_STATUSES)[number];

export const MEMBER_STATUSES = ['Active', 'Expired', 'Dropped', 'Cancelled', 'Pending', ...GRACE_STATUSES] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** A Card Expiry `YYYY-MM` as months since year 0 (`year * 12 + month - 1`), so it compares with `<`. */
export type YearMonth = number & { readonly __brand: 'YearMonth' };

/** One row of the Members sheet: one membership (SPEC §2). */
export interface Member extends SourceRow {
  memberId: string;
  membershipId: string;
  name: string;
  email: string | null;
  memberType: string | null;
  status: MemberStatus;
  product: string;
  startDate: LocalDate;
  endDate: LocalDate;
  autoPay: boolean;
  cardExpiry: YearMonth | null;
  renewedThrough: LocalDate | null;
  terminationDate: LocalDate | null;
  /** SEPA Direct Debit details (SPEC §10); IBAN and BIC normalised (no spaces, upper case). */
  iban: string | null;
  bic: string | null;
  mandateId: string | null;
  mandateDate: LocalDate | null;
  /** The Mandate ID of the last collection posted (written by the product): FRST or RCUR. */
  lastMandateCollected: string | null;
  /** NACHA details (SPEC §10): ABA routing number (9 digits) and DFI account number. */
  routingNumber: string | null;
  accountNumber: string | null;
  accountType: AccountType;
}

/** One row of the Products sheet. */
export interface Product extends SourceRow {
  product: string;
  price: number;
  termMonths: number;
  currency: string;
}

/** One row of the Seasons sheet. */
export interface Season extends SourceRow {
  season: string;
  startDate: LocalDate;
  endDate: LocalDate;
}

/** One row of the Mapping sheet. */
export interface MappingRow extends SourceRow {
  fromProduct: string;
  fromSeason: string;
  toProduct: string;
  toSeason: string;
}

export const INVOICE_STATUSES = ['Open', 'Paid', 'Cancelled', 'Credited'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const ATTEMPT_STATUSES = ['Submitted', 'Awaiting Sync', 'In Progress', 'Not Settled', 'Settled', 'Failed', 'Failed to reconcile – timed out'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** One row of the Invoices sheet. */
export interface Invoice extends SourceRow {
  invoiceId: string;
  membershipId: string;
  memberId: string | null;
  runId: string | null;
  billDate: LocalDate | null;
  dueDate: LocalDate;
  termStart: LocalDate;
  termEnd: LocalDate;
  product: string;
  amount: number;
  balance: number;
  status: InvoiceStatus;
  noticesSent: number;
  lastNoticeDate: LocalDate | null;
  attempts: number;
  lastAttemptDate: LocalDate | null;
  lastAttemptStatus: AttemptStatus | null;
  lastAttemptReason: string | null;
  /** The bank's key to the attempt (SPEC §10): the SEPA EndToEndId or the NACHA trace number. */
  lastAttemptReference: string | null;
  /** The account the attempt debited, masked, with `/<Mandate ID>` for SEPA (SPEC §10). */
  lastAttemptAccount: string | null;
  /** When the bank debits the attempt (SPEC §10 `C`); the reconcile timeout counts from it. */
  collectionDate: LocalDate | null;
  /**
   * The invoice's currency as written at post (SPEC §11); `null` when the cell is blank (an
   * invoice posted before the column existed): its product's currency then (`invoiceCurrency`).
   */
  currency: string | null;
}

/** One row of the Applications sheet. */
export interface Application extends SourceRow {
  applicationId: string;
  memberId: string;
  name: string;
  email: string | null;
  memberType: string | null;
  product: string;
  status: string;
  requestedStart: LocalDate | null;
}
