import { CURRENCY_HEADER } from '../../engine/actions/batchColumn';
import type { BatchCell, BatchTable } from './batchTable';

/** The control totals of the rows of one currency (`null`: rows whose Currency is blank). */
export interface CurrencyTotals {
  currency: string | null;
  count: number;
  /** Sum of the Amount column over these rows, rounded to cents. */
  amount: number;
}

/** The control totals of a batch: its row count and, per currency, the sum of its Amount column. */
export interface BatchTotals {
  count: number;
  /**
   * Sum of the Amount column, rounded to cents, when the batch has one currency; `null` for a
   * kind without amounts, and when the rows are in several currencies (SPEC §11: no total ever
   * adds two currencies — `currencies` has them).
   */
  amount: number | null;
  /** One entry per currency in order of first appearance; `[]` for a kind without amounts. */
  currencies: CurrencyTotals[];
}

/** The text in the first column that marks a totals row. */
export const TOTAL_LABEL = 'Total';

/**
 * The control totals of a batch, per currency (SPEC §11). Each amount sum is rounded to cents
 * once, at the end, so 0.1 + 0.2 totals 0.3, not 0.30000000000000004; blank amounts count as 0.
 * A batch without a Currency column (one written before SPEC §11) has one blank currency.
 *
 * @example
 * batchTotals(table) // → { count: 3, amount: 372.5, currencies: [{ currency: 'USD', count: 3, amount: 372.5 }] }
 * batchTotals(mixed) // → { count: 3, amount: null, currencies: [{ currency: 'USD', count: 2, amount: 240 }, { currency: 'EUR', count: 1, amount: 90 }] }
 */
export function batchTotals(table: BatchTable): BatchTotals {
  const { amountColumn, rows } = table;
  if (amountColumn === null) return { count: rows.length, amount: null, currencies: [] };
  const currencyColumn = table.headers.indexOf(CURRENCY_HEADER);
  const sums = new Map<string | null, { count: number; sum: number }>();
  for (const row of rows) {
    const currencyCell = currencyColumn < 0 ? null : row[currencyColumn];
    const currency = typeof currencyCell === 'string' && currencyCell.trim() !== '' ? currencyCell.trim().toUpperCase() : null;
    let entry = sums.get(currency);
    if (entry === undefined) sums.set(currency, (entry = { count: 0, sum: 0 }));
    entry.count += 1;
    const cell = row[amountColumn];
    if (typeof cell === 'number') entry.sum += cell;
  }
  const currencies = [...sums].map(([currency, e]) => ({ currency, count: e.count, amount: roundToCents(e.sum) }));
  const amount = currencies.length === 0 ? 0 : currencies.length === 1 ? currencies[0].amount : null;
  return { count: rows.length, amount, currencies };
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
 * The totals rows written after a batch's rows, one per currency (SPEC §11): `Total` in the
 * first column, that currency's row count (a number, so a formula or an import can check it) in
 * the second, its amount sum under Amount and its code under Currency, blanks elsewhere. A kind
 * without amounts, or an empty batch, gets one row.
 *
 * @example
 * totalsRows(invoiceTable) // → [['Total', 2, null, …, 240, 'USD']]
 * totalsRows(mixedTable)   // → [['Total', 2, null, …, 240, 'USD'], ['Total', 1, null, …, 90, 'EUR']]
 */
export function totalsRows(table: BatchTable): BatchCell[][] {
  const totals = batchTotals(table);
  const row = (count: number, amount: number | null, currency: string | null): BatchCell[] => {
    const cells: BatchCell[] = table.headers.map(() => null);
    cells[0] = TOTAL_LABEL;
    cells[1] = count;
    if (table.amountColumn !== null) cells[table.amountColumn] = amount;
    const currencyColumn = table.headers.indexOf(CURRENCY_HEADER);
    if (currencyColumn >= 0) cells[currencyColumn] = currency;
    return cells;
  };
  if (totals.currencies.length === 0) return [row(totals.count, totals.amount, null)];
  return totals.currencies.map((c) => row(c.count, c.amount, c.currency));
}
