import { MESSAGE_KINDS } from '../../engine/messages/messageKind';
import type { InputError } from '../../engine/model/inputError';
import { parseDateCell } from '../cells/parseDateCell';
import { enumCellParser } from '../cells/parseEnumCell';
import { parseTextCell } from '../cells/parseTextCell';
import type { ReadContext } from '../read/readContext';
import { readSheetRows } from '../read/readSheetRows';
import { optionalColumn, requiredColumn, type SheetColumns, type SheetSpec } from '../schema/columnSpec';
import { findSheet } from '../schema/findSheet';
import type { WorkbookGrids } from '../sheetGrid';
import { DELIVERY_CHANNELS, DELIVERY_STATUSES, deliveryId, type DeliveryStatus } from './deliveryRecord';

export const DELIVERIES_SHEET = 'Deliveries';

/** The Deliveries sheet's columns (SPEC §9), in the order a new sheet gets them. */
export const DELIVERIES_HEADERS = [
  'Run ID',
  'As Of',
  'Key',
  'Kind',
  'Member ID',
  'Invoice ID',
  'To',
  'Subject',
  'Message-ID',
  'Channel',
  'Status',
  'At',
  'Detail',
] as const;

/** The columns the Deliveries sheet is read by: what "never twice" needs. */
export const deliveriesSheet = {
  name: DELIVERIES_SHEET,
  required: false,
  columns: {
    runId: requiredColumn('Run ID', parseTextCell),
    asOf: requiredColumn('As Of', parseDateCell),
    key: requiredColumn('Key', parseTextCell),
    kind: requiredColumn('Kind', enumCellParser(MESSAGE_KINDS)),
    channel: optionalColumn('Channel', enumCellParser(DELIVERY_CHANNELS)),
    status: requiredColumn('Status', enumCellParser(DELIVERY_STATUSES)),
  },
} satisfies SheetSpec<SheetColumns>;

/** A message's row on the Deliveries sheet: where it is and what became of it. */
export interface DeliveredRow {
  row: number;
  status: DeliveryStatus;
}

export interface DeliveriesReading {
  /** By {@link deliveryId}; a message with two rows (staff copied one) keeps the one that settles it. */
  rows: Map<string, DeliveredRow>;
  /** Rows that cannot be read: delivery refuses rather than guess whether their message went out. */
  inputErrors: InputError[];
}

/**
 * Reads the Deliveries sheet (absent → no rows): what was already delivered, so a re-run
 * delivers nothing twice (SPEC §9).
 *
 * @example
 * readDeliveries(grids, context).rows.get('NIGHTLY|2026-11-30|renew:M-1|invoice') // → { row: 2, status: 'Sent' }
 */
export function readDeliveries(book: WorkbookGrids, context: ReadContext): DeliveriesReading {
  const rows = new Map<string, DeliveredRow>();
  const reading = readSheetRows(findSheet(book, DELIVERIES_SHEET), deliveriesSheet, context, (r) => {
    if (!r.ok) return;
    const id = deliveryId(r.values);
    const earlier = rows.get(id);
    if (earlier === undefined || rank(r.values.status) >= rank(earlier.status)) rows.set(id, { row: r.row, status: r.values.status });
  });
  return {
    rows,
    inputErrors: [...reading.missing.map((m) => ({ sheet: DELIVERIES_SHEET, row: 1, column: m.column ?? '', message: m.message })), ...reading.inputErrors],
  };
}

/** Sent and Written settle a message for good; Unknown more than Failed. */
function rank(status: DeliveryStatus): number {
  return status === 'Sent' || status === 'Written' ? 2 : status === 'Unknown' ? 1 : 0;
}
