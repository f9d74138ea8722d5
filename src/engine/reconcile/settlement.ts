import type { LocalDate } from '../dates/localDate';

export const SETTLEMENT_RESULTS = ['Completed', 'Failed'] as const;
/** Whether the processor took the money (`Completed`) or not (`Failed`). */
export type SettlementResult = (typeof SETTLEMENT_RESULTS)[number];

export const SETTLEMENT_STATUSES = ['Unknown', 'Awaiting Sync', 'Not Settled', 'In Progress', 'Failed to Settle', 'Settled'] as const;
/** Where the money stands at the processor (SPEC §2 Settlements). */
export type SettlementStatus = (typeof SETTLEMENT_STATUSES)[number];

/** One row of a Settlements sheet or file (SPEC §2), read and typed. */
export interface Settlement {
  /** The row number Excel shows (the file's line for a CSV). */
  row: number;
  reference: string;
  invoiceId: string;
  amount: number;
  result: SettlementResult;
  settlementStatus: SettlementStatus;
  /** Processed At as written (an Excel serial as `YYYY-MM-DDTHH:MM`). */
  processedAt: string;
  /** The calendar day of Processed At in the workbook's Time Zone: the batch date. */
  processedDate: LocalDate;
  reason: string | null;
  /**
   * The optional Currency column (SPEC §11), an upper-case ISO code; `null` when blank or
   * absent: no check. Another currency than the invoice's makes the row an `error`.
   */
  currency: string | null;
}

/** A payment already recorded on the Payments sheet: only its reference matters to reconcile. */
export interface RecordedPayment {
  row: number;
  reference: string;
}
