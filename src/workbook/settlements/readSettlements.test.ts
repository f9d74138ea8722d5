import { formatIsoDate } from '../../engine/dates/isoDate';
import type { Cell, SheetGrid } from '../sheetGrid';
import { readSettlements } from './readSettlements';
import { readPayments } from './readPayments';

const header = ['Reference', 'Invoice ID', 'Amount', 'Result', 'Settlement Status', 'Processed At', 'Reason'];
const grid = (rows: Cell[][], name = 'Settlements'): SheetGrid => ({ name, cells: [header, ...rows], firstRow: 1, firstColumn: 1 });
const row = (at: Cell): Cell[] => ['TX-1', 'INV-1', '120.00', 'completed', 'settled', at, null];
const context = { date1904: false, dateOrder: 'YMD' as const };
const dayOf = (at: Cell, zone: string) => {
  const read = readSettlements(grid([row(at)]), context, zone);
  expect(read.inputErrors).toEqual([]);
  return formatIsoDate(read.records[0].processedDate);
};

describe('readSettlements', () => {
  it('reads a row into a typed settlement', () => {
    expect(readSettlements(grid([row('2026-11-20T15:00:00Z')]), context, 'UTC').records).toEqual([
      {
        row: 2,
        reference: 'TX-1',
        invoiceId: 'INV-1',
        amount: 120,
        result: 'Completed',
        settlementStatus: 'Settled',
        processedAt: '2026-11-20T15:00:00Z',
        processedDate: expect.any(Number),
        reason: null,
        currency: null,
      },
    ]);
  });

  it.each([
    // America/New_York springs forward at 2026-03-08 07:00Z (02:00 EST → 03:00 EDT).
    ['2026-03-08T04:59:00Z', 'America/New_York', '2026-03-07'],
    ['2026-03-08T05:00:00Z', 'America/New_York', '2026-03-08'],
    ['2026-03-08T06:59:00Z', 'America/New_York', '2026-03-08'],
    ['2026-03-08T07:00:00Z', 'America/New_York', '2026-03-08'],
    ['2026-11-02T03:59:00Z', 'America/New_York', '2026-11-01'], // still EDT: 23:59 on 11-01
    ['2026-11-21T04:30:00Z', 'America/New_York', '2026-11-20'],
    ['2026-11-21T05:00:00Z', 'America/New_York', '2026-11-21'],
    ['2026-11-20T23:59:59Z', 'UTC', '2026-11-20'],
    ['2026-11-21T00:00:00Z', 'UTC', '2026-11-21'],
    ['2026-11-20T10:59:00Z', 'Pacific/Auckland', '2026-11-20'], // NZDT +13: 23:59
    ['2026-11-20T11:00:00Z', 'Pacific/Auckland', '2026-11-21'],
    ['2026-04-04T13:30:00Z', 'Pacific/Auckland', '2026-04-05'], // 02:30 NZDT, before the 04-05 change back
    ['2026-11-21T04:30:00+13:00', 'Pacific/Auckland', '2026-11-21'],
  ])('dates %s in %s on %s', (at, zone, day) => {
    expect(dayOf(at, zone)).toBe(day);
  });

  it('takes an Excel serial as local time in the zone, whatever the zone', () => {
    expect(dayOf(46000.99, 'Pacific/Auckland')).toBe('2025-12-09');
    expect(dayOf(46000.99, 'America/New_York')).toBe('2025-12-09');
  });

  it('reports bad cells as input errors and leaves the row out', () => {
    const read = readSettlements(grid([row('2026-11-20T15:00:00'), ['TX-2', 'INV-1', 'abc', 'Done', 'Settled', '2026-11-20T15:00:00Z', null]]), context, 'UTC');
    expect(read.records).toEqual([]);
    expect(read.inputErrors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Processed At'],
      [3, 'Amount'],
      [3, 'Result'],
    ]);
  });

  it.each([
    ['eur', 'EUR'],
    [' USD ', 'USD'],
    [null, null],
  ])('reads the optional Currency column %p as %p when present', (cell, currency) => {
    const cells: Cell[][] = [
      [...header, 'Currency'],
      [...row('2026-11-20T15:00:00Z'), cell],
    ];
    const read = readSettlements({ name: 'Settlements', cells, firstRow: 1, firstColumn: 1 }, context, 'UTC');
    expect(read.inputErrors).toEqual([]);
    expect(read.records.map((r) => r.currency)).toEqual([currency]);
  });

  it('refuses a Currency that is not a three-letter code, and leaves the row out', () => {
    const cells: Cell[][] = [
      [...header, 'Currency'],
      [...row('2026-11-20T15:00:00Z'), '€'],
    ];
    const read = readSettlements({ name: 'Settlements', cells, firstRow: 1, firstColumn: 1 }, context, 'UTC');
    expect(read.records).toEqual([]);
    expect(read.inputErrors.map((e) => [e.row, e.column])).toEqual([[2, 'Currency']]);
  });

  it('reports a missing column', () => {
    const read = readSettlements({ name: 'Settlements', cells: [['Reference']], firstRow: 1, firstColumn: 1 }, context, 'UTC');
    expect(read.missing.map((m) => m.column)).toContain('Invoice ID');
  });
});

describe('readPayments', () => {
  it('counts every row with a reference as applied, even with another bad cell', () => {
    const payments: SheetGrid = {
      name: 'Payments',
      cells: [
        ['Reference', 'Amount'],
        ['TX-1', 120],
        ['TX-2', 'abc'],
        [null, 5],
      ],
      firstRow: 1,
      firstColumn: 1,
    };
    const read = readPayments(payments, context);
    expect(read.records.map((r) => r.reference)).toEqual(['TX-1', 'TX-2']);
    expect(read.inputErrors.map((e) => e.row)).toEqual([3, 4]);
  });

  it('reads an absent sheet as no payments', () => {
    expect(readPayments(null, context)).toEqual({ records: [], inputErrors: [], missing: [] });
  });
});
