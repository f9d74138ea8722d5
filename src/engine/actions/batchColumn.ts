import type { BatchPerson } from '../apply/batchPerson';
import type { LocalDate } from '../dates/localDate';

/**
 * One column of a batch sheet, as data: its header, what it holds and how a row fills it.
 * `type` drives writing (dates become real Excel dates), reading back (dates turn back into
 * LocalDates, numbers must be numbers) and export (ISO dates, amounts summed in the totals).
 */
export type BatchColumn<R> = (
  | { header: string; type: 'text'; value: (row: R) => string | null }
  | { header: string; type: 'number'; value: (row: R) => number }
  /** Blank (`null`) only in an optional column: blank amounts total as 0. */
  | { header: string; type: 'amount'; value: (row: R) => number | null }
  | { header: string; type: 'date'; value: (row: R) => LocalDate | null }
) & {
  /**
   * A column added after batch sheets were first written (the bank columns of SPEC §10): a
   * batch sheet without it still reads back, its cells blank.
   */
  optional?: boolean;
};

export type BatchColumnType = BatchColumn<unknown>['type'];

/** The header of every batch's Amount column (a batch without one, like activations, only counts). */
export const AMOUNT_HEADER = 'Amount';

export const textColumn = <R>(header: string, value: (row: R) => string | null): BatchColumn<R> => ({ header, type: 'text', value });
export const numberColumn = <R>(header: string, value: (row: R) => number): BatchColumn<R> => ({ header, type: 'number', value });
export const amountColumn = <R>(value: (row: R) => number): BatchColumn<R> => ({ header: AMOUNT_HEADER, type: 'amount', value });
export const dateColumn = <R>(header: string, value: (row: R) => LocalDate): BatchColumn<R> => ({ header, type: 'date', value });
/** A column a batch sheet may lack (see {@link BatchColumn} `optional`); its cells may be blank. */
export const optionalTextColumn = <R>(header: string, value: (row: R) => string | null): BatchColumn<R> => ({ header, type: 'text', value, optional: true });
/** An Amount column a batch sheet may lack: activations billed by SPEC §11 Bill Activations. */
export const optionalAmountColumn = <R>(value: (row: R) => number | null): BatchColumn<R> => ({ header: AMOUNT_HEADER, type: 'amount', value, optional: true });
export const optionalDateColumn = <R>(header: string, value: (row: R) => LocalDate | null): BatchColumn<R> => ({ header, type: 'date', value, optional: true });

/** The header of the Currency column beside every batch's Amount (SPEC §11). */
export const CURRENCY_HEADER = 'Currency';

/**
 * The Currency column that follows a batch's Amount (SPEC §11: "no total ever adds two
 * currencies"): the totals rows are per currency. Optional, so batch sheets written before it
 * existed still read back.
 *
 * @example
 * currencyColumn<InvoiceBatchRow>().value(row) // → 'EUR'
 */
export const currencyColumn = <R extends { currency: string | null }>(): BatchColumn<R> => ({
  header: CURRENCY_HEADER,
  type: 'text',
  value: (r) => r.currency,
  optional: true,
});

/**
 * Who a row is about: first on every batch, so any batch can drive a mail merge (SPEC §5).
 *
 * @example
 * personColumns<DropBatchRow>().map((c) => c.header) // → ['Member ID', 'Name', 'Email']
 */
export function personColumns<R extends BatchPerson>(): BatchColumn<R>[] {
  return [textColumn('Member ID', (r) => r.memberId), textColumn('Name', (r) => r.name), textColumn('Email', (r) => r.email)];
}
