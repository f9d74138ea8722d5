import { isoDate } from '../../engine/dates/isoDate';
import { applyWrites } from '../post/testing/applyWrites';
import { findSheet } from '../schema/findSheet';
import type { WorkbookGrids } from '../sheetGrid';
import { readDeliveries } from './deliveriesSheet';
import type { DeliveryRecord } from './deliveryRecord';
import { deliveryWrites } from './deliveryWrites';

const context = { date1904: false, dateOrder: 'YMD' as const };
const asOf = isoDate('2026-11-30');

function record(key: string, status: DeliveryRecord['status'], detail = ''): DeliveryRecord {
  return {
    runId: 'NIGHTLY',
    asOf,
    key,
    kind: 'invoice',
    memberId: 'M-1',
    invoiceId: 'INV-000001',
    to: 'ana@example.org',
    subject: 'Your renewal',
    messageId: `NIGHTLY.2026-11-30.${key}@example.org`,
    channel: 'email',
    status,
    at: '2026-11-30T16:02:09Z',
    detail,
  };
}

function record1(grids: WorkbookGrids, records: DeliveryRecord[]) {
  applyWrites(grids, deliveryWrites(grids, readDeliveries(grids, context).rows, records, 'America/Chicago'));
}

describe('deliveryWrites', () => {
  it('creates the Deliveries sheet with its headers and one row per message when absent', () => {
    const grids: WorkbookGrids = { sheets: [], date1904: false };
    record1(grids, [record('renew:M-1', 'Sent', '250 OK'), record('renew:M-2', 'Failed', '550 no such user')]);
    const sheet = findSheet(grids, 'Deliveries')!;
    expect(sheet.cells[0]).toEqual([
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
    ]);
    expect(sheet.cells[1].slice(10)).toEqual(['Sent', '2026-11-30 10:02:09', '250 OK']);
    const { rows, inputErrors } = readDeliveries(grids, context);
    expect(inputErrors).toEqual([]);
    expect([...rows.entries()]).toEqual([
      ['NIGHTLY|2026-11-30|renew:M-1|invoice', { row: 2, status: 'Sent' }],
      ['NIGHTLY|2026-11-30|renew:M-2|invoice', { row: 3, status: 'Failed' }],
    ]);
  });

  it('rewrites the row of a message retried, and keeps the last of several records of one message', () => {
    const grids: WorkbookGrids = { sheets: [], date1904: false };
    record1(grids, [record('renew:M-1', 'Sent'), record('renew:M-2', 'Failed')]);
    record1(grids, [record('renew:M-2', 'Unknown'), record('renew:M-2', 'Sent', '250 2.0.0 queued'), record('renew:M-3', 'Written')]);
    const sheet = findSheet(grids, 'Deliveries')!;
    expect(sheet.cells.map((r) => [r[2], r[10], r[12]])).toEqual([
      ['Key', 'Status', 'Detail'],
      ['renew:M-1', 'Sent', ''],
      ['renew:M-2', 'Sent', '250 2.0.0 queued'],
      ['renew:M-3', 'Written', ''],
    ]);
  });

  it('writes nothing when there is nothing to record', () => {
    expect(deliveryWrites({ sheets: [], date1904: false }, new Map(), [], 'UTC')).toEqual([]);
  });
});

describe('readDeliveries', () => {
  it('reports a row it cannot read instead of guessing whether its message went out', () => {
    const grids: WorkbookGrids = { sheets: [], date1904: false };
    record1(grids, [record('renew:M-1', 'Sent')]);
    findSheet(grids, 'Deliveries')!.cells[1][10] = 'Maybe';
    const { rows, inputErrors } = readDeliveries(grids, context);
    expect(rows.size).toBe(0);
    expect(inputErrors).toEqual([expect.objectContaining({ sheet: 'Deliveries', row: 2, column: 'Status' })]);
  });
});
