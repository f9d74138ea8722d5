import type { LocalDate } from '../dates/localDate';

/** A date to write; hosts write it as a serial in the workbook's date system with a date format. */
export interface DateValue {
  date: LocalDate;
}

/** A value the apply step writes into a cell. Text is always written as text, never a formula. */
export type ChangeValue = string | number | boolean | null | DateValue;

/** The input sheets apply writes to, by their SPEC names (hosts match names as headers are matched). */
export type TargetSheet = 'Members' | 'Invoices' | 'Applications' | 'Runs' | 'Run Log' | 'Payments' | 'Collections';

/**
 * Sets cells of one existing row. `row` is the row number Excel shows (records carry it);
 * `values` are keyed by the column's SPEC header (`'Notices Sent'`), resolved against the
 * sheet's own header spelling when the change set is executed — a column the sheet lacks is
 * added after its last column.
 */
export interface RowUpdate {
  sheet: TargetSheet;
  row: number;
  values: Readonly<Record<string, ChangeValue>>;
}

/** Appends a row after the last non-empty row of a sheet (creating the sheet if absent). */
export interface RowAppend {
  sheet: TargetSheet;
  values: Readonly<Record<string, ChangeValue>>;
}

/**
 * Everything posting a plan changes in the input sheets, as data and without any I/O (SPEC §5).
 * Hosts only execute change sets; the Journal, revert and crash recovery derive from them.
 * Updates come before appends; within each, in plan order.
 */
export interface ChangeSet {
  updates: RowUpdate[];
  appends: RowAppend[];
}

/** Whether a change value is a date. */
export function isDateValue(value: ChangeValue): value is DateValue {
  return typeof value === 'object' && value !== null;
}
