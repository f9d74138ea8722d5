import type { LocalDate } from '../engine/dates/localDate';

/** A date to write: hosts turn it into a serial (in the workbook's date system) with a date format. */
export interface DateCell {
  date: LocalDate;
}

/** A cell to write. Text is always written as text, never as a formula (SPEC §7). */
export type OutputCell = string | number | boolean | null | DateCell;

/**
 * A whole sheet to write: header row first. Hosts write it as one block, format date cells as
 * dates, switch on filtering of the header row and (where the host can) make it an Excel table.
 */
export interface SheetWrite {
  name: string;
  rows: OutputCell[][];
  /** Number of rows, from the top, that form the filterable table (header included). */
  tableRows: number;
  /** Number of columns, from the left, that form the table. */
  tableColumns: number;
  /** Excel table name for hosts that create tables (letters, digits, underscores). */
  tableName: string;
  /** Column widths in characters, by column index; missing = host default. */
  columnWidths?: number[];
}

/** Whether an output cell is a date. */
export function isDateCell(cell: OutputCell): cell is DateCell {
  return typeof cell === 'object' && cell !== null;
}

/** The number format written on date cells. */
export const DATE_FORMAT = 'yyyy-mm-dd';
