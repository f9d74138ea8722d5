import { readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMALL_AS_OF, smallBook } from '../fixtures/smallBook';
import { readSheetCells, writeXlsxFixture, type FixtureSheets, sheetRowsByHeader } from '../fixtures/xlsxFixture';
import { cli } from './runCliInProcess';

/** The small book with a second product priced in EUR, which M3 holds (SPEC §11 Currencies). */
function twoCurrencyBook(): FixtureSheets {
  const sheets = smallBook();
  sheets.Products = [
    ['Product', 'Price', 'Term Months', 'Currency'],
    ['Annual', 120, 12, 'USD'],
    ['Annual EU', 90, 12, 'EUR'],
  ];
  const m3 = sheets.Members.find((r) => r[0] === 'M3') as unknown[];
  m3[5] = 'Annual EU';
  return sheets;
}

const rowsOf = sheetRowsByHeader;

describe('currencies (SPEC §11)', () => {
  it('gives preview --json statistics per currency and no plain amount when the plan has USD and EUR', async () => {
    const path = writeXlsxFixture(twoCurrencyBook());
    const result = await cli(['preview', path, '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF, '--json']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const json = JSON.parse(result.stdout);
    expect(json.statistics.renew.ready).toEqual({ count: 2, amount: null, amounts: { USD: 120, EUR: 90 } });
    expect(json.statistics.drop.ready).toEqual({ count: 1, amount: null, amounts: { USD: 120 } });
    expect(json.statistics.drop.error).toEqual({ count: 0, amount: null, amounts: {} });
  });

  it('keeps the plain amount beside the per-currency one when the plan has one currency', async () => {
    const json = JSON.parse((await cli(['preview', writeXlsxFixture(smallBook()), '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF, '--json'])).stdout);
    expect(json.statistics.renew.ready).toEqual({ count: 2, amount: 240, amounts: { USD: 240 } });
  });

  it('prints one amount column per currency in the preview summary', async () => {
    const path = writeXlsxFixture(twoCurrencyBook());
    const result = await cli(['preview', path, '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF]);
    expect(result.stdout).toMatch(/action\s+status\s+count\s+amount USD\s+amount EUR/);
    expect(result.stdout).toMatch(/renew\s+ready\s+2\s+120\.00\s+90\.00/);
  });

  it('writes Currency on the invoices, per-currency totals rows, CSV control lines and Run Log amounts when posting USD and EUR', async () => {
    const path = writeXlsxFixture(twoCurrencyBook());
    await cli(['preview', path, '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF]);
    const posted = await cli(['post', path, '--run', 'NIGHTLY']);
    expect([posted.code, posted.stderr]).toEqual([0, '']);
    expect(posted.stdout).toContain('120.00 USD and 90.00 EUR');

    const invoices = rowsOf(path, 'Invoices');
    expect(invoices.slice(2).map((i) => [i['Membership ID'], i.Amount, i.Currency])).toEqual([
      ['M1', 120, 'USD'],
      ['M3', 90, 'EUR'],
    ]);
    const batch = readSheetCells(path, 'NIGHTLY Invoices').map((r) => r.map((c) => c?.v ?? null));
    expect(batch[0].slice(-2)).toEqual(['Amount', 'Currency']);
    expect(batch.slice(3, 5).map((r) => [r[0], r[1], ...r.slice(-2)])).toEqual([
      ['Total', 1, 120, 'USD'],
      ['Total', 1, 90, 'EUR'],
    ]);
    const [log] = rowsOf(path, 'Run Log');
    expect(log).toMatchObject({ 'Renew Count': 2, 'Renew Amount': '120.00 USD; 90.00 EUR', 'Drop Amount': '120.00 USD', Currency: 'USD, EUR' });

    const dir = mkdtempSync(join(tmpdir(), 'renewal-runs-currency-'));
    const exported = await cli(['export', path, '--run', 'NIGHTLY', '--dir', dir]);
    expect(exported.stdout).toContain('2 rows, totals 120 USD and 90 EUR');
    const csv = readFileSync(join(dir, readdirSync(dir).find((f) => f.includes('invoices')) as string), 'utf8').split('\r\n');
    expect(csv.slice(-3)).toEqual(['Total,1,,,,,,,,,120,USD', 'Total,1,,,,,,,,,90,EUR', '']);
  });
});
