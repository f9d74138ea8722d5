import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readSheetCells, writeXlsxFixture, xlsxBytes, type FixtureSheets } from '../fixtures/xlsxFixture';
import { cli } from './runCliInProcess';

const SETTLEMENT_HEADER = ['Reference', 'Invoice ID', 'Amount', 'Result', 'Settlement Status', 'Processed At', 'Reason'];
const CSV = [
  SETTLEMENT_HEADER.join(','),
  'TX-1,INV-1,120.00,Completed,Settled,2026-11-21T04:30:00Z,', // 23:30 in New York: batch 11-20
  'TX-2,INV-4,50,Completed,Settled,2026-11-21T05:00:00Z,', // partial: 00:00 in New York
  'TX-3,INV-5,60.01,Completed,Settled,2026-11-21T12:00:00Z,', // overpayment
  'TX-4,INV-3,90,Failed,Not Settled,2026-11-21T12:00:00Z,"Expired card, please update"',
  'TX-5,INV-9,10,Completed,Settled,2026-11-21T12:00:00Z,',
  'TX-6,INV-5,10,Completed,Unknown,2026-11-21T12:00:00Z,',
  'TX-7,INV-5,10,Completed,Settled,2026-11-21T12:00:00,', // no zone: an input error
].join('\r\n');

const invoice = (id: string, membership: string, balance: number, status: string | null, date: string | null) => [
  id,
  membership,
  { iso: '2026-12-01' },
  { iso: '2026-12-01' },
  { iso: '2027-11-30' },
  'Family',
  120,
  balance,
  'Open',
  status,
  date === null ? null : { iso: date },
];

function book(extra: FixtureSheets = {}): string {
  return writeXlsxFixture({
    Members: [
      ['Member ID', 'Name', 'Status', 'Product', 'Start Date', 'End Date', 'AutoPay'],
      ['M1', 'Ada', 'Expired', 'Annual', { iso: '2025-12-01' }, { iso: '2026-11-30' }, 'Yes'],
      ['M2', 'Bob', 'Active', 'Annual', { iso: '2025-12-01' }, { iso: '2026-11-30' }, 'Yes'],
    ],
    Products: [
      ['Product', 'Price'],
      ['Annual', 120],
      ['Family', 120],
    ],
    Runs: [
      ['Run ID', 'Name', 'Actions', 'Lead Days'],
      ['NIGHTLY', 'Nightly', 'renew', 30],
    ],
    Settings: [
      ['Setting', 'Value'],
      ['Time Zone', 'America/New_York'],
      ['Reconcile Timeout Days', 5],
    ],
    Invoices: [
      [
        'Invoice ID',
        'Membership ID',
        'Due Date',
        'Term Start',
        'Term End',
        'Product',
        'Amount',
        'Balance',
        'Status',
        'Last Attempt Status',
        'Last Attempt Date',
      ],
      invoice('INV-1', 'M1', 120, 'Submitted', '2026-11-19'),
      invoice('INV-2', 'M2', 120, 'Submitted', '2026-11-15'), // D − 5 − 1: timed out
      invoice('INV-3', 'M2', 120, 'Submitted', '2026-11-16'),
      invoice('INV-4', 'M2', 120, 'Submitted', '2026-11-16'),
      invoice('INV-5', 'M2', 60, null, null),
      invoice('INV-6', 'M2', 120, 'Awaiting Sync', '2026-11-16'), // D − 5: still in flight
    ],
    ...extra,
  });
}

const json = async (args: string[]) => {
  const result = await cli([...args, '--as-of', '2026-11-21', '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as {
    items: { reference: string | null; invoiceId: string; status: string; reason: string | null; amount: number; batch: string | null }[];
    inputErrors: { row: number; column: string }[];
  };
};

describe('renewal-runs reconcile', () => {
  it('applies a CSV file: payments, partial payments, failures, errors, timeouts', async () => {
    const path = book();
    const csv = join(dirname(path), 'settled.csv');
    writeFileSync(csv, `\uFEFF${CSV}`);
    const out = await json(['reconcile', path, '--settlements', csv]);
    expect(out.items.map((i) => [i.reference, i.invoiceId, i.status, i.batch])).toEqual([
      ['TX-1', 'INV-1', 'ready', 'AutoPay 2026-11-20'],
      ['TX-2', 'INV-4', 'ready', 'AutoPay 2026-11-21'],
      ['TX-3', 'INV-5', 'error', null],
      ['TX-4', 'INV-3', 'ready', null],
      ['TX-5', 'INV-9', 'error', null],
      ['TX-6', 'INV-5', 'error', null],
      [null, 'INV-2', 'ready', null],
    ]);
    expect(out.items[2].reason).toContain('overpayment');
    expect(out.items[4].reason).toBe('unknown invoice');
    expect(out.items[5].reason).toContain('needs investigation');
    expect(out.inputErrors).toEqual([expect.objectContaining({ sheet: 'Settlements', row: 8, column: 'Processed At' })]);

    const invoices = readSheetCells(path, 'Invoices').map((r) => r.map((c) => c?.v));
    expect(invoices[1].slice(7, 10)).toEqual([0, 'Paid', 'Settled']);
    expect(invoices[2][9]).toBe('Failed to reconcile – timed out');
    expect(invoices[3][9]).toBe('Failed');
    expect(invoices[3][11]).toBe('Expired card, please update');
    expect(invoices[4].slice(7, 10)).toEqual([70, 'Open', 'Settled']);
    expect(invoices[6][9]).toBe('Awaiting Sync');
    const members = readSheetCells(path, 'Members').map((r) => r.map((c) => c?.v));
    expect(members[1].slice(2, 4)).toEqual(['Active', 'Family']);
    expect(members[1][5]).toBe(readSheetCells(path, 'Invoices')[1][4].v); // End Date = Term End
    expect(readSheetCells(path, 'Payments').map((r) => r.map((c) => c?.v))).toEqual([
      ['Reference', 'Invoice ID', 'Amount', 'Processed At', 'Batch', 'Reversed By'],
      ['TX-1', 'INV-1', 120, '2026-11-21T04:30:00Z', 'AutoPay 2026-11-20'],
      ['TX-2', 'INV-4', 50, '2026-11-21T05:00:00Z', 'AutoPay 2026-11-21'],
    ]);
    expect(statSync(`${path}.bak`).isFile()).toBe(true);

    // Re-importing the same file: everything applied is skipped and the workbook is not rewritten.
    const before = readFileSync(path);
    const again = await json(['reconcile', path, '--settlements', csv]);
    expect(again.items.filter((i) => i.status === 'ready')).toEqual([expect.objectContaining({ reference: 'TX-4' })]);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("reads an xlsx settlements file and the book's own Settlements sheet", async () => {
    const row = ['TX-1', 'INV-1', 120, 'Completed', 'Settled', '2026-03-08T06:59:00Z', null];
    const path = book({ Settlements: [SETTLEMENT_HEADER, row] });
    const file = join(dirname(path), 'settled.xlsx');
    writeFileSync(file, xlsxBytes({ Export: [SETTLEMENT_HEADER, ['TX-9', 'INV-4', 20, 'Completed', 'Settled', '2026-03-08T07:00:00Z', null]] }));
    expect((await json(['reconcile', path, '--settlements', file, '--dry-run'])).items[0]).toMatchObject({
      reference: 'TX-9',
      status: 'ready',
      batch: 'AutoPay 2026-03-08',
    });
    expect((await json(['reconcile', path, '--dry-run'])).items[0]).toMatchObject({ reference: 'TX-1', status: 'ready', batch: 'AutoPay 2026-03-08' });
  });

  it('writes nothing on --dry-run and prints a summary without --json', async () => {
    const path = book({ Settlements: [SETTLEMENT_HEADER, ['TX-1', 'INV-1', 120, 'Completed', 'Settled', '2026-11-21T04:30:00Z', null]] });
    const before = readFileSync(path);
    const result = await cli(['reconcile', path, '--dry-run', '--as-of', '2026-11-21']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('AutoPay 2026-11-20: 1 payments, 120.00');
    expect(result.stdout).toContain('Dry run: nothing written');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('writes to --out and leaves the book alone', async () => {
    const path = book({ Settlements: [SETTLEMENT_HEADER, ['TX-1', 'INV-1', 120, 'Completed', 'Settled', '2026-11-21T04:30:00Z', null]] });
    const out = join(dirname(path), 'out.xlsx');
    const before = readFileSync(path);
    expect((await cli(['reconcile', path, '--out', out, '--as-of', '2026-11-21'])).code).toBe(0);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readSheetCells(out, 'Payments')).toHaveLength(2);
  });

  it.each([
    [['--settlements', 'missing.csv'], 1, 'no such file'],
    [[], 1, "no sheet 'Settlements'"],
    [['--bogus'], 2, 'unknown flag'],
    [['--as-of', '2026-02-30'], 2, '--as-of'],
  ])('exits with %p → %d', async (args, code, message) => {
    const path = book();
    const result = await cli(['reconcile', path, ...args.map((a) => (a === 'missing.csv' ? join(dirname(path), a) : a))]);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  });

  it('refuses a settlements file that is not .csv or .xlsx, and one lacking a column', async () => {
    const path = book();
    const text = join(dirname(path), 'settled.txt');
    writeFileSync(text, 'hello');
    expect((await cli(['reconcile', path, '--settlements', text])).code).toBe(1);
    const csv = join(dirname(path), 'short.csv');
    writeFileSync(csv, 'Reference,Amount\nTX-1,5\n');
    const result = await cli(['reconcile', path, '--settlements', csv]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no column 'Invoice ID'");
  });
});
