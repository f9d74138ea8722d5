import type { PaymentRecord } from '../../engine/reconcile/bank/bankSettlement';
import type { ReadContext } from '../read/readContext';
import { readSheetRows } from '../read/readSheetRows';
import { sortByRow, type SheetReadResult } from '../read/sheetReadResult';
import type { SheetGrid } from '../sheetGrid';
import { paymentsSheet } from './paymentsSheet';

/**
 * Reads the Payments sheet's references. A row whose Reference is readable counts as applied
 * even when another of its cells is bad (its error is still reported): a payment recorded
 * once must never be applied twice.
 *
 * @example
 * readPayments(findSheet(book, 'Payments'), context).records // → [{ row: 2, reference: 'TX-1' }]
 */
export function readPayments(grid: SheetGrid | null, context: ReadContext): SheetReadResult<PaymentRecord> {
  const records: PaymentRecord[] = [];
  const reading = readSheetRows(grid, paymentsSheet, context, (r) => {
    const v = r.values;
    if (v.reference !== null) records.push({ row: r.row, reference: v.reference, invoiceId: v.invoiceId, amount: v.amount, reversedBy: v.reversedBy });
  });
  return { records, inputErrors: sortByRow(reading.inputErrors), missing: reading.missing };
}
