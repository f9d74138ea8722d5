import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SMALL_AS_OF, smallBook } from '../fixtures/smallBook';
import { readSheetCells, writeXlsxFixture, sheetRowsByHeader } from '../fixtures/xlsxFixture';
import { cli } from './runCliInProcess';

const rowsOf = sheetRowsByHeader;

/** The small book (M4 dropped on 2026-11-21, its INV-000001 of 120 cancelled), posted, with a 30-day reinstatement window. */
async function droppedBook(): Promise<string> {
  const path = writeXlsxFixture({
    ...smallBook(),
    Settings: [
      ['Setting', 'Value'],
      ['Reinstate Within Days', 30],
    ],
  });
  expect((await cli(['preview', path, '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF])).code).toBe(0);
  expect((await cli(['post', path, '--run', 'NIGHTLY'])).code).toBe(0);
  expect(rowsOf(path, 'Members').find((m) => m['Member ID'] === 'M4')).toMatchObject({ Status: 'Dropped', 'Member Type': 'Non-Member' });
  return path;
}

async function reconcile(path: string, processedAt: string) {
  const csv = join(dirname(path), 'settled.csv');
  writeFileSync(
    csv,
    ['Reference,Invoice ID,Amount,Result,Settlement Status,Processed At,Reason', `TX-R,INV-000001,120.00,Completed,Settled,${processedAt},`].join('\r\n'),
  );
  const result = await cli(['reconcile', path, '--settlements', csv, '--as-of', '2026-12-22', '--json']);
  expect(result.stderr).toBe('');
  return { csv, code: result.code, out: JSON.parse(result.stdout) as { items: { reference: string | null; status: string; reason: string | null }[] } };
}

describe('renewal-runs reconcile: reinstatement (SPEC §11)', () => {
  it('reinstates a member dropped by a post who pays the cancelled invoice on the window’s last day', async () => {
    const path = await droppedBook();
    const { csv, code, out } = await reconcile(path, '2026-12-21T12:00:00Z');
    expect(code).toBe(0);
    expect(out.items.filter((i) => i.reference === 'TX-R')).toEqual([
      expect.objectContaining({ status: 'ready', reason: 'reinstated; membership extended; Member Type restored to Regular' }),
    ]);
    expect(rowsOf(path, 'Members').find((m) => m['Member ID'] === 'M4')).toMatchObject({
      Status: 'Active',
      'Member Type': 'Regular',
      'Termination Date': null,
      'End Date': readSheetCells(path, 'Invoices')[1][4].v, // Term End of INV-000001
    });
    expect(rowsOf(path, 'Invoices')[0]).toMatchObject({ 'Invoice ID': 'INV-000001', Status: 'Paid', Balance: 0 });

    // Re-importing the same file changes nothing.
    const before = readFileSync(path);
    const again = await cli(['reconcile', path, '--settlements', csv, '--as-of', '2026-12-22', '--json']);
    expect(again.code).toBe(0);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('one day past the window, the payment is an error saying how long ago the member was dropped', async () => {
    const path = await droppedBook();
    const { out } = await reconcile(path, '2026-12-22T12:00:00Z');
    expect(out.items.find((i) => i.reference === 'TX-R')).toMatchObject({
      status: 'error',
      reason: 'invoice is Cancelled: the member was dropped 31 days ago, more than Reinstate Within Days (30)',
    });
    expect(rowsOf(path, 'Members').find((m) => m['Member ID'] === 'M4')).toMatchObject({ Status: 'Dropped', 'Member Type': 'Non-Member' });
  });
});
