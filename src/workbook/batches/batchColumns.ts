import type { LocalDate } from '../../engine/dates/localDate';
import type { BatchKind, Batches, BatchPerson } from '../../engine/apply/batches';

/** The row type of one batch kind (`InvoiceBatchRow` for `invoices`, …). */
export type BatchRowOf<K extends BatchKind> = Batches[K][number];

/**
 * One column of a batch sheet, as data: its header, what it holds and how a row fills it.
 * `type` drives writing (dates become real Excel dates), reading back (dates turn back into
 * LocalDates, numbers must be numbers) and export (ISO dates, amounts summed in the totals).
 */
export type BatchColumn<R> =
  | { header: string; type: 'text'; value: (row: R) => string | null }
  | { header: string; type: 'number' | 'amount'; value: (row: R) => number }
  | { header: string; type: 'date'; value: (row: R) => LocalDate };

export type BatchColumnType = BatchColumn<unknown>['type'];

const text = <R>(header: string, value: (row: R) => string | null): BatchColumn<R> => ({ header, type: 'text', value });
const number = <R>(header: string, value: (row: R) => number): BatchColumn<R> => ({ header, type: 'number', value });
const amount = <R>(header: string, value: (row: R) => number): BatchColumn<R> => ({ header, type: 'amount', value });
const date = <R>(header: string, value: (row: R) => LocalDate): BatchColumn<R> => ({ header, type: 'date', value });

/** Who a row is about: first on every batch, so any batch can drive a mail merge (SPEC §5). */
function personColumns<R extends BatchPerson>(): BatchColumn<R>[] {
  return [text('Member ID', (r) => r.memberId), text('Name', (r) => r.name), text('Email', (r) => r.email)];
}

/** The header of every batch's Amount column (activations have none). */
export const AMOUNT_HEADER = 'Amount';

/**
 * The columns of each batch kind, in sheet order. At most one column of a kind is an `amount`:
 * the one the totals row sums (activations have none, so their totals row only counts).
 *
 * @example
 * BATCH_COLUMNS.drops.map((c) => c.header)
 * // → ['Member ID', 'Name', 'Email', 'Membership ID', 'Product', 'End Date', 'Termination Date', 'Amount']
 */
export const BATCH_COLUMNS: { readonly [K in BatchKind]: readonly BatchColumn<BatchRowOf<K>>[] } = {
  invoices: [
    ...personColumns(),
    text('Invoice ID', (r) => r.invoiceId),
    text('Membership ID', (r) => r.membershipId),
    text('Product', (r) => r.product),
    date('Bill Date', (r) => r.billDate),
    date('Due Date', (r) => r.dueDate),
    date('Term Start', (r) => r.termStart),
    date('Term End', (r) => r.termEnd),
    amount(AMOUNT_HEADER, (r) => r.amount),
  ],
  notices: [
    ...personColumns(),
    text('Invoice ID', (r) => r.invoiceId),
    text('Membership ID', (r) => r.membershipId),
    number('Notice Number', (r) => r.noticeNumber),
    text('Notice Kind', (r) => r.noticeKind),
    date('Due Date', (r) => r.dueDate),
    amount(AMOUNT_HEADER, (r) => r.amount),
  ],
  drops: [
    ...personColumns(),
    text('Membership ID', (r) => r.membershipId),
    text('Product', (r) => r.product),
    date('End Date', (r) => r.endDate),
    date('Termination Date', (r) => r.terminationDate),
    amount(AMOUNT_HEADER, (r) => r.amount),
  ],
  activations: [
    ...personColumns(),
    text('Application ID', (r) => r.applicationId),
    text('Membership ID', (r) => r.membershipId),
    text('Product', (r) => r.product),
    date('Term Start', (r) => r.termStart),
    date('Term End', (r) => r.termEnd),
  ],
  payments: [
    ...personColumns(),
    text('Invoice ID', (r) => r.invoiceId),
    text('Membership ID', (r) => r.membershipId),
    date('Due Date', (r) => r.dueDate),
    number('Attempt', (r) => r.attempt),
    amount(AMOUNT_HEADER, (r) => r.amount),
  ],
};

/**
 * The column list of a kind, typed loosely enough to be used for any kind in a loop.
 *
 * @example
 * batchColumns('activations').some((c) => c.type === 'amount') // → false
 */
export function batchColumns(kind: BatchKind): readonly BatchColumn<unknown>[] {
  return BATCH_COLUMNS[kind] as readonly BatchColumn<unknown>[];
}
