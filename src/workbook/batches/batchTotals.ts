import type { BatchCell, BatchTable } from './batchTable';

/** The control totals of a batch: its row count and the sum of its Amount column. */
export interface BatchTotals {
  count: number;
  /** Sum of the Amount column, rounded to cents; `null` for a kind without amounts. */
  amount: number | null;
}

/** The text in the first column that marks the totals row. */
export const TOTAL_LABEL = 'Total';

/**
 * The control totals of a batch. The amount sum is rounded to cents once, at the end, so
 * 0.1 + 0.2 totals 0.3, not 0.30000000000000004; blank amounts count as 0.
 *
 * @example
 * batchTotals(table) // → { count: 3, amount: 372.5 }
 */
export function batchTotals(table: BatchTable): BatchTotals {
  const { amountColumn, rows } = table;
  if (amountColumn === null) return { count: rows.length, amount: null };
  let sum = 0;
  for (const row of rows) {
    const cell = row[amountColumn];
    if (typeof cell === 'number') sum += cell;
  }
  return { count: rows.length, amount: roundToCents(sum) };
}

/**
 * A money amount rounded to cents, half away from zero. The product with 100 is first cut to
 * 6 decimals, because binary floats put 1.005 × 100 at 100.49999999999999, which would round
 * down; `+ 0` turns -0 into 0.
 *
 * @example
 * roundToCents(0.1 + 0.2) // → 0.3
 * roundToCents(1.005)     // → 1.01
 */
export function roundToCents(amount: number): number {
  const cents = Number((Math.abs(amount) * 100).toFixed(6));
  return (Math.sign(amount) * Math.round(cents)) / 100 + 0;
}

/**
 * The totals row written after a batch's rows: `Total` in the first column, the row count (a
 * number, so it can be checked by a formula or an import) in the second, the amount sum under
 * Amount, blanks elsewhere.
 *
 * @example
 * totalsRow(invoiceTable) // → ['Total', 2, null, null, null, null, null, null, null, null, 240]
 */
export function totalsRow(table: BatchTable): BatchCell[] {
  const totals = batchTotals(table);
  const row: BatchCell[] = table.headers.map(() => null);
  row[0] = TOTAL_LABEL;
  row[1] = totals.count;
  if (table.amountColumn !== null) row[table.amountColumn] = totals.amount;
  return row;
}
