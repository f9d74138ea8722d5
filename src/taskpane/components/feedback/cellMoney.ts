import { formatAmount } from './formatNumbers';
import { type CurrencyAmounts, formatAmountsList } from './formatMoney';

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
