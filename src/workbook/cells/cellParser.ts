import type { DateOrder } from '../../engine/model/settings';
import type { Cell, CellError } from '../sheetGrid';
import type { CellResult } from './cellResult';

/** A cell that holds something: not blank and not an error value (those are handled by `readCell`). */
export type ValueCell = Exclude<Cell, null | CellError>;

/**
 * What a parser needs besides the cell: the column's header as written (for messages) and the
 * workbook-wide reading settings. Built once per column, never per row.
 */
export interface CellContext {
  /** The header as written in the sheet, used to start every message. */
  column: string;
  /** True when the workbook uses the 1904 date system. */
  date1904: boolean;
  /** How day-first or month-first text dates are read (Settings `Date Order`). */
  dateOrder: DateOrder;
}

/** Reads one non-blank, non-error cell into a typed value or a message. */
export type CellParser<T> = (cell: ValueCell, context: CellContext) => CellResult<T>;
