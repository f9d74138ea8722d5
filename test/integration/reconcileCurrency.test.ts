import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readSheetCells, writeXlsxFixture } from '../fixtures/xlsxFixture';
import { cli } from './runCliInProcess';

const invoice = (id: string, membership: string, product: string, currency: string | null) => [
  id,
  membership,
  { iso: '2026-12-01' },
  { iso: '2026-12-01' },
  { iso: '2027-11-30' },
  product,
  120,
  120,
  'Open',
  currency,
];

/** Annual is billed in USD, Annual EU in EUR; INV-1 has a blank Currency (its product's: USD). */
function book(): string {
  return writeXlsxFixture({
    Members: [
      ['Member ID', 'Name', 'Status', 'Product', 'Start Date', 'End Date', 'AutoPay'],
      ['M1', 'Ada', 'Active', 'Annual', { iso: '2025-12-01' }, { iso: '2026-11-30' }, 'Yes'],
      ['M2', 'Bob', 'Active', 'Annual EU', { iso: '2025-12-01' }, { iso: '2026-11-30' }, 'Yes'],
      ['M3', 'Cy', 'Active', 'Annual', { iso: '2025-12-01' }, { iso: '2026-11-30' }, 'Yes'],
    ],
    Products: [
      ['Product', 'Price', 'Currency'],
      ['Annual', 120, 'USD'],
      ['Annual EU', 120, 'EUR'],
    ],
    Runs: [
      ['Run ID', 'Name', 'Actions', 'Lead Days'],
      ['NIGHTLY', 'Nightly', 'renew', 30],
    ],
    Settings: [
      ['Setting', 'Value'],
      ['Time Zone', 'UTC'],
    ],
    Invoices: [
      ['Invoice ID', 'Membership ID', 'Due Date', 'Term Start', 'Term End', 'Product', 'Amount', 'Balance', 'Status', 'Currency'],
      invoice('INV-1', 'M1', 'Annual', null),
      invoice('INV-2', 'M2', 'Annual EU', 'EUR'),
      invoice('INV-3', 'M3', 'Annual', null),
    ],
  });
}

const CSV = [
  'Reference,Invoice ID,Amount,Result,Settlement Status,Processed At,Reason,Currency',
  'TX-1,INV-1,120.00,Completed,Settled,2026-11-21T10:00:00Z,,EUR', // a USD invoice: error
  'TX-2,INV-2,120.00,Completed,Settled,2026-11-21T10:00:00Z,,eur', // letter case aside, the same
  'TX-3,INV-3,120.00,Completed,Settled,2026-11-21T10:00:00Z,,', // blank: no check
].join('\r\n');

describe('renewal-runs reconcile with a Settlements Currency (SPEC §11)', () => {
  it('leaves an invoice Open and reports the error when the row is settled in another currency', async () => {
    const path = book();
    const csv = join(dirname(path), 'settled.csv');
    writeFileSync(csv, CSV);
    const result = await cli(['reconcile', path, '--settlements', csv, '--as-of', '2026-11-21', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { items: { reference: string | null; invoiceId: string; status: string; reason: string | null }[] };
    expect(out.items.map((i) => [i.reference, i.invoiceId, i.status, i.reason])).toEqual([
      ['TX-1', 'INV-1', 'error', 'settled in EUR, but the invoice is in USD'],
      ['TX-2', 'INV-2', 'ready', 'paid in full; membership extended'],
      ['TX-3', 'INV-3', 'ready', 'paid in full; membership extended'],
    ]);

    const invoices = readSheetCells(path, 'Invoices').map((r) => r.map((c) => c?.v));
    expect(invoices.slice(1).map((r) => [r[0], r[7], r[8]])).toEqual([
      ['INV-1', 120, 'Open'],
      ['INV-2', 0, 'Paid'],
      ['INV-3', 0, 'Paid'],
    ]);
    expect(readSheetCells(path, 'Payments').map((r) => r[0]?.v)).toEqual(['Reference', 'TX-2', 'TX-3']);
  });

  it('says so in the words the CLI prints', async () => {
    const path = book();
    const csv = join(dirname(path), 'settled.csv');
    writeFileSync(csv, CSV);
    const result = await cli(['reconcile', path, '--settlements', csv, '--dry-run', '--as-of', '2026-11-21']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('settled in EUR, but the invoice is in USD');
  });
});
