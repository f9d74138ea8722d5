import type { CellWrite } from '../edit/cellWrite';
import { SheetCursor } from '../edit/sheetCursor';
import type { OutputCell } from '../outputGrid';
import type { WorkbookGrids } from '../sheetGrid';
import { dateTimeInTimeZone } from '../timeZone/dateTimeInTimeZone';
import { DELIVERIES_HEADERS, DELIVERIES_SHEET, type DeliveredRow } from './deliveriesSheet';
import { deliveryId, type DeliveryRecord } from './deliveryRecord';

/**
 * The cells that record deliveries on the Deliveries sheet (SPEC §9), one row per message: a
 * message that already has a row (a `Failed` one retried, an `Unknown` one re-sent) gets that
 * row rewritten, any other a new row; of several records of one message the last counts. The
 * sheet is created, with its headers, when absent; a column it lacks is added. At is shown in
 * the Time Zone setting.
 *
 * @example
 * deliveryWrites(grids, readDeliveries(grids, context).rows, [record], 'Europe/Berlin')
 * // → [{ sheet: 'Deliveries', row: 1, column: 1, value: 'Run ID', header: true }, …, { sheet: 'Deliveries', row: 2, column: 11, value: 'Sent' }, …]
 */
export function deliveryWrites(
  book: WorkbookGrids,
  existing: ReadonlyMap<string, DeliveredRow>,
  records: readonly DeliveryRecord[],
  timeZone: string,
): CellWrite[] {
  const last = new Map<string, DeliveryRecord>();
  for (const record of records) last.set(deliveryId(record), record);
  if (last.size === 0) return [];
  const cursor = new SheetCursor(book, DELIVERIES_SHEET, DELIVERIES_HEADERS);
  const writes: CellWrite[] = [];
  for (const [id, record] of last) {
    const row = existing.get(id)?.row ?? cursor.appendRow();
    const values = rowValues(record, timeZone);
    DELIVERIES_HEADERS.forEach((header, i) => writes.push({ sheet: cursor.name, row, column: cursor.column(header), value: values[i] }));
  }
  return [...cursor.headerWrites.map(({ previous: _previous, ...write }) => write), ...writes];
}

function rowValues(r: DeliveryRecord, timeZone: string): OutputCell[] {
  const at = dateTimeInTimeZone(Date.parse(r.at), timeZone);
  return [r.runId, { date: r.asOf }, r.key, r.kind, r.memberId, r.invoiceId, r.to, r.subject, r.messageId, r.channel, r.status, at, r.detail];
}
