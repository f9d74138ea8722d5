import type { RecordedPayment } from '../../engine/reconcile/settlement';
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
export function readPayments(grid: SheetGrid | null, context: ReadContext): SheetReadResult<RecordedPayment> {
  const records: RecordedPayment[] = [];
  const reading = readSheetRows(grid, paymentsSheet, context, (r) => {
    if (r.values.reference !== null) records.push({ row: r.row, reference: r.values.reference });
  });
  return { records, inputErrors: sortByRow(reading.inputErrors), missing: reading.missing };
}
