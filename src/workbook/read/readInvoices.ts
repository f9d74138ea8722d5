import { formatIsoDate } from '../../engine/dates/isoDate';
import type { Invoice } from '../../engine/model/records';
import { invoicesSheet } from '../schema/invoicesSheet';
import type { SheetGrid } from '../sheetGrid';
import { FirstRowByKey } from './duplicateRows';
import type { ReadContext } from './readContext';
import { readSheetRows } from './readSheetRows';
import { sortByRow, type SheetReadResult } from './sheetReadResult';

/**
 * Reads the Invoices sheet (SPEC §2). Notices Sent and Attempts default to 0. Input errors:
 * bad cells, a negative Amount or Balance, a Term End before the Term Start, and an Invoice ID
 * already used on an earlier row (the later rows are the errors; the first one stands).
 *
 * @example
 * readInvoices(findSheet(book, 'Invoices'), context)
 * // → { records: [{ row: 2, invoiceId: 'INV-000001', membershipId: 'M1', status: 'Open', … }], … }
 */
export function readInvoices(grid: SheetGrid | null, context: ReadContext): SheetReadResult<Invoice> {
  const records: Invoice[] = [];
  const ids = new FirstRowByKey();
  const reading = readSheetRows(grid, invoicesSheet, context, (r, sheet) => {
    const { headers } = sheet;
    let ok = r.ok;
    if (r.values.invoiceId !== null) {
      const earlier = ids.claim(r.values.invoiceId, r.row);
      if (earlier !== null) {
        sheet.addError(r.row, 'invoiceId', `${headers.invoiceId} '${r.values.invoiceId}' is already used on row ${earlier}`);
        ok = false;
      }
    }
    if (!r.ok) return;
    const v = r.values;
    if (v.termEnd < v.termStart) {
      sheet.addError(r.row, 'termEnd', `${headers.termEnd} ${formatIsoDate(v.termEnd)} is before ${headers.termStart} ${formatIsoDate(v.termStart)}`);
      ok = false;
    }
    if (!ok) return;
    records.push({
      row: r.row,
      invoiceId: v.invoiceId,
      membershipId: v.membershipId,
      memberId: v.memberId,
      runId: v.runId,
      billDate: v.billDate,
      dueDate: v.dueDate,
      termStart: v.termStart,
      termEnd: v.termEnd,
      product: v.product,
      amount: v.amount,
      balance: v.balance,
      status: v.status,
      noticesSent: v.noticesSent,
      lastNoticeDate: v.lastNoticeDate,
      attempts: v.attempts,
      lastAttemptDate: v.lastAttemptDate,
      lastAttemptStatus: v.lastAttemptStatus,
      lastAttemptReason: v.lastAttemptReason,
      lastAttemptReference: v.lastAttemptReference,
      lastAttemptAccount: v.lastAttemptAccount,
      collectionDate: v.collectionDate,
      currency: v.currency,
    });
  });
  return { records, inputErrors: sortByRow(reading.inputErrors), missing: reading.missing };
}
