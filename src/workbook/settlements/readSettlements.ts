import type { Settlement } from '../../engine/reconcile/settlement';
import type { ReadContext } from '../read/readContext';
import { readSheetRows } from '../read/readSheetRows';
import { sortByRow, type SheetReadResult } from '../read/sheetReadResult';
import type { SheetGrid } from '../sheetGrid';
import { todayInTimeZone } from '../timeZone/todayInTimeZone';
import { settlementsSheet } from './settlementsSheet';

/**
 * Reads settlement rows (SPEC §2) — the book's Settlements sheet or a settlements file's grid
 * — in file order. Processed At's calendar day in `timeZone` becomes `processedDate`: an
 * instant's day there, or an Excel serial's own date part (it is already local time). A row
 * with a bad cell is an input error and left out; a missing sheet or column is in `missing`.
 *
 * @example
 * readSettlements(grid, context, 'America/New_York').records
 * // → [{ row: 2, reference: 'TX-1', invoiceId: 'INV-000001', amount: 120, result: 'Completed', … }]
 */
export function readSettlements(grid: SheetGrid | null, context: ReadContext, timeZone: string): SheetReadResult<Settlement> {
  const records: Settlement[] = [];
  const reading = readSheetRows(grid, settlementsSheet, context, (r) => {
    if (!r.ok) return;
    const v = r.values;
    const at = v.processedAt;
    records.push({
      row: r.row,
      reference: v.reference,
      invoiceId: v.invoiceId,
      amount: v.amount,
      result: v.result,
      settlementStatus: v.settlementStatus,
      processedAt: at.text,
      processedDate: at.epochMs === null ? at.localDate : todayInTimeZone(at.epochMs, timeZone),
      reason: v.reason,
      currency: v.currency,
    });
  });
  return { records, inputErrors: sortByRow(reading.inputErrors), missing: reading.missing };
}
