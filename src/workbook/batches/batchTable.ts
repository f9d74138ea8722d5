import type { BatchKind, Batches } from '../../engine/apply/batches';
import type { DateCell } from '../outputGrid';
import type { BatchColumn } from '../../engine/actions/batchColumn';
import { batchColumns } from './batchColumns';

/**
 * One cell of a batch: text, a number (amounts, notice numbers, attempts), a date as a
 * `{ date }` cell (the same shape the sheet writer takes), or blank.
 */
export type BatchCell = string | number | DateCell | null;

/**
 * A batch as a table, whatever it came from (the post's batch rows, or a batch sheet read back):
 * what the sheet writer, the CSV and the .xlsx exports all take.
 */
export interface BatchTable {
  kind: BatchKind;
  /** The kind's headers, in the order of its column list. */
  headers: string[];
  /** Data rows only (never the totals row), one cell per header. */
  rows: BatchCell[][];
  /** Indices of the columns holding dates (`{ date }` cells or blanks), from the kind's column list. */
  dateColumns: number[];
  /** Index of the Amount column the totals row sums; `null` for a kind without amounts (activations). */
  amountColumn: number | null;
}

/**
 * The table of one kind of a post's batches: one row per batch row, columns as in
 * its action's batch columns (`batchColumns`). Never mutates `batches`.
 *
 * @example
 * batchTable('invoices', batches).rows[0]
 * // → ['M1', 'Ann Lee', 'ann@example.org', 'INV-000001', 'M1', 'Annual', { date: … }, …, 120]
 */
export function batchTable(kind: BatchKind, batches: Batches): BatchTable {
  const source = batches[kind] as readonly unknown[];
  // An optional column (the bank columns of SPEC §10) is written only when a row fills it: a
  // card-gateway Payments batch keeps the columns it always had.
  const columns = batchColumns(kind).filter((column) => !column.optional || source.some((row) => column.value(row) !== null));
  const rows: BatchCell[][] = [];
  for (const row of source) {
    const cells: BatchCell[] = [];
    for (const column of columns) {
      if (column.type !== 'date') cells.push(column.value(row));
      else {
        const date = column.value(row);
        cells.push(date === null ? null : { date });
      }
    }
    rows.push(cells);
  }
  return { ...emptyBatchTable(kind, columns), rows };
}

/**
 * A kind's table with no rows: its headers, date columns and Amount column (of `columns`, by
 * default all of the kind's).
 *
 * @example
 * emptyBatchTable('payments').dateColumns // → [5]
 */
export function emptyBatchTable(kind: BatchKind, columns: readonly BatchColumn<unknown>[] = batchColumns(kind)): BatchTable {
  const dateColumns: number[] = [];
  columns.forEach((column, i) => {
    if (column.type === 'date') dateColumns.push(i);
  });
  const amount = columns.findIndex((column) => column.type === 'amount');
  return { kind, headers: columns.map((c) => c.header), rows: [], dateColumns, amountColumn: amount < 0 ? null : amount };
}
