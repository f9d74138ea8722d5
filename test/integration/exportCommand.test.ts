import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { runCli } from '../../src/cli/main';
import { XlsxWorkbookHost } from '../../src/hosts/file/xlsxWorkbookHost';
import { batchSheets } from '../../src/workbook/batches/batchSheets';
import { onlyBatches } from '../../src/workbook/batches/testing/sampleBatches';
import type { SheetWrite } from '../../src/workbook/outputGrid';
import { smallBook } from '../fixtures/smallBook';
import { xlsxBytes, type FixtureCell } from '../fixtures/xlsxFixture';
import { cli } from './runCliInProcess';

const runLogRow = (asOf: string, status: string): FixtureCell[] => ['NIGHTLY', { iso: asOf }, `${asOf}T22:00:00Z`, status, 'f00d'];

/**
 * The small book after posts of NIGHTLY: an older post (11-20), the latest one (11-21) and a
 * reverted one (11-22), with the latest post's batch sheets written by `batchSheets`. WEEKLY
 * is a run that was never posted.
 */
function postedBook(extraSheets: SheetWrite[] = []): string {
  const sheets = smallBook();
  sheets.Runs.push(['WEEKLY', 'Weekly renewals', 'renew', 30, 14, 5, 60, 'No']);
  sheets['Run Log'] = [
    ['Run ID', 'As Of', 'Executed At', 'Status', 'Fingerprint'],
    runLogRow('2026-11-20', 'Posted'),
    runLogRow('2026-11-21', 'Posted'),
    runLogRow('2026-11-22', 'Reverted'),
  ];
  const host = XlsxWorkbookHost.fromBytes(xlsxBytes(sheets));
  for (const sheet of [...batchSheets('NIGHTLY', onlyBatches('invoices', 'notices')), ...extraSheets]) host.replaceSheetSync(sheet);
  const path = join(mkdtempSync(join(tmpdir(), 'renewal-runs-export-')), 'book.xlsx');
  writeFileSync(path, host.toBytes());
  return path;
}

const outDir = () => join(mkdtempSync(join(tmpdir(), 'renewal-runs-out-')), 'batches');

describe('renewal-runs export', () => {
  it('writes one CSV per batch sheet, named after the run, kind and as-of date of the latest post', async () => {
    const dir = outDir();
    const result = await cli(['export', postedBook(), '--run', 'nightly', '--dir', dir]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(readdirSync(dir).sort()).toEqual(['NIGHTLY-invoices-2026-11-21.csv', 'NIGHTLY-notices-2026-11-21.csv']);
    expect(result.stdout).toContain(`Wrote ${join(dir, 'NIGHTLY-invoices-2026-11-21.csv')}: 2 rows, total 215.5 USD`);
    expect(result.stdout).toContain(`Wrote ${join(dir, 'NIGHTLY-notices-2026-11-21.csv')}: 3 rows, total 240.1 USD`);

    const bytes = readFileSync(join(dir, 'NIGHTLY-invoices-2026-11-21.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(
      '\uFEFFMember ID,Name,Email,Invoice ID,Membership ID,Product,Bill Date,Due Date,Term Start,Term End,Amount,Currency\r\n' +
        'M1,Ann Lee,ann@example.org,INV-000003,M1,Annual,2026-11-21,2026-12-11,2026-12-11,2027-12-10,120,USD\r\n' +
        'M3,"Lee, ""Bo""",bo@example.org,INV-000004,M3,Student,2026-11-21,2026-12-21,2026-12-21,2027-12-20,95.5,USD\r\n' +
        'Total,2,,,,,,,,,215.5,USD\r\n',
    );
    expect(readFileSync(join(dir, 'NIGHTLY-notices-2026-11-21.csv'), 'utf8').split('\r\n')[3]).toBe('M7,Di No-Mail,,INV-000005,M7,3,final,2026-10-01,0.1,USD');
  });

  it('writes one control line per currency and never adds two currencies when a batch has USD and EUR rows', async () => {
    const batches = onlyBatches('invoices');
    batches.invoices[1] = { ...batches.invoices[1], currency: 'EUR', amount: 90 };
    const sheets = smallBook();
    sheets['Run Log'] = [['Run ID', 'As Of', 'Executed At', 'Status', 'Fingerprint'], runLogRow('2026-11-21', 'Posted')];
    const host = XlsxWorkbookHost.fromBytes(xlsxBytes(sheets));
    for (const sheet of batchSheets('NIGHTLY', batches)) host.replaceSheetSync(sheet);
    const path = join(mkdtempSync(join(tmpdir(), 'renewal-runs-export-')), 'book.xlsx');
    writeFileSync(path, host.toBytes());
    const dir = outDir();

    const result = await cli(['export', path, '--run', 'NIGHTLY', '--dir', dir]);

    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(': 2 rows, totals 120 USD and 90 EUR');
    const lines = readFileSync(join(dir, 'NIGHTLY-invoices-2026-11-21.csv'), 'utf8').split('\r\n');
    expect(lines.slice(3)).toEqual(['Total,1,,,,,,,,,120,USD', 'Total,1,,,,,,,,,90,EUR', '']);
  });

  it('writes .xlsx files with real dates and the totals row when the format is xlsx', async () => {
    const dir = outDir();
    expect((await cli(['export', postedBook(), '--run', 'NIGHTLY', '--format', 'xlsx', '--dir', dir])).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['NIGHTLY-invoices-2026-11-21.xlsx', 'NIGHTLY-notices-2026-11-21.xlsx']);
    const wb = XLSX.readFile(join(dir, 'NIGHTLY-invoices-2026-11-21.xlsx'), { dense: true, cellNF: true });
    expect(wb.SheetNames).toEqual(['Invoices']);
    const rows = wb.Sheets.Invoices['!data'] as XLSX.CellObject[][];
    expect(rows[1][6]).toMatchObject({ t: 'n', v: 46347, z: 'yyyy-mm-dd' }); // 2026-11-21
    expect(rows[3].map((c) => c?.v)).toEqual(['Total', 2, ...Array(8).fill(undefined), 215.5, 'USD']);
  });

  it('writes into the current directory when no --dir is given, and never rewrites the workbook', async () => {
    const book = postedBook();
    const before = readFileSync(book);
    const cwd = mkdtempSync(join(tmpdir(), 'renewal-runs-cwd-'));
    const code = await runCli(['export', book, '--run', 'NIGHTLY'], { stdout: () => {}, stderr: () => {}, now: () => new Date(0), cwd });
    expect(code).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(['NIGHTLY-invoices-2026-11-21.csv', 'NIGHTLY-notices-2026-11-21.csv']);
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(existsSync(`${book}.bak`)).toBe(false);
  });

  it.each([
    ['the run is unknown', ['--run', 'MONTHLY'], /Unknown run ID 'MONTHLY'/],
    ['the run was never posted', ['--run', 'WEEKLY'], /run WEEKLY has no posted batches to export/],
  ])('exits 1 and writes nothing when %s', async (_case, flags, message) => {
    const dir = outDir();
    const result = await cli(['export', postedBook(), ...flags, '--dir', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(existsSync(dir)).toBe(false);
  });

  it('exits 1 and writes nothing when a batch sheet holds a cell that does not fit its column', async () => {
    const dir = outDir();
    const [broken] = batchSheets('NIGHTLY', onlyBatches('payments'));
    broken.rows[1][7] = 'sixty';
    const result = await cli(['export', postedBook([broken]), '--run', 'NIGHTLY', '--dir', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("NIGHTLY Payments row 2, Amount: Amount 'sixty' is text, not a number");
    expect(existsSync(dir)).toBe(false);
  });

  it('exits 2 and writes nothing when the format is pdf', async () => {
    const dir = outDir();
    const result = await cli(['export', postedBook(), '--run', 'NIGHTLY', '--format', 'pdf', '--dir', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--format must be csv, xlsx, sepa, nacha, not 'pdf'");
    expect(existsSync(dir)).toBe(false);
  });
});
