import { formatAmount } from './formatNumbers';
import { type CurrencyAmounts, formatAmountsList, formatMoney } from './formatMoney';

/** A statistics or posting-count cell's money (SPEC §11): `amount` only while the plan has one currency. */
export interface CellMoney {
  amount: number | null;
  amounts: CurrencyAmounts;
}

/**
 * What a cell's money reads as: one part per currency, never added together. A cell whose
 * amounts have no currency (a product missing from Products) shows its plain `amount`; a cell
 * without any money, nothing.
 *
 * @example
 * cellMoneyParts({ amount: null, amounts: { USD: 1440, EUR: 300 } }) // → ['$1,440.00', '€300.00']
 * cellMoneyParts({ amount: 75, amounts: {} })                        // → ['75.00']
 * cellMoneyParts({ amount: 0, amounts: {} })                         // → []
 */
export function cellMoneyParts(cell: CellMoney): string[] {
  const parts = formatAmountsList(cell.amounts);
  if (parts.length === 0 && cell.amount !== null && cell.amount !== 0) return [formatAmount(cell.amount)];
  return parts;
}

/**
 * A cell's money as an Amount column shows it, given every currency of its table: with one, the
 * cell's amount in it (zero included); with none, its plain amount; with several, each currency
 * the cell has an amount in, one part each, never added (`0.00` when it has none).
 *
 * @example
 * cellMoneyColumn({ amount: 0, amounts: {} }, ['USD'])                       // → ['$0.00']
 * cellMoneyColumn({ amount: null, amounts: { EUR: 300 } }, ['USD', 'EUR'])   // → ['€300.00']
 */
export function cellMoneyColumn(cell: CellMoney, currencies: readonly string[]): string[] {
  if (currencies.length === 1) return [formatMoney(cell.amounts[currencies[0]] ?? 0, currencies[0])];
  if (currencies.length === 0) return [formatAmount(cell.amount ?? 0)];
  const parts = cellMoneyParts(cell);
  return parts.length > 0 ? parts : [formatAmount(0)];
}

/**
 * The currencies a set of cells holds amounts in, in order of first appearance.
 *
 * @example
 * cellsCurrencies([{ amount: null, amounts: { USD: 1 } }, { amount: null, amounts: { EUR: 2, USD: 3 } }]) // → ['USD', 'EUR']
 */
export function cellsCurrencies(cells: readonly CellMoney[]): string[] {
  return [...new Set(cells.flatMap((cell) => Object.keys(cell.amounts)))];
}
