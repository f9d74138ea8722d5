import { existsSync, readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { readSheetCells, writeXlsxFixture } from '../fixtures/xlsxFixture';
import { SMALL_AS_OF, smallBook } from '../fixtures/smallBook';
import { cli } from './runCliInProcess';

const ITEM_FIELDS = [
  'key',
  'action',
  'status',
  'reason',
  'memberId',
  'membershipId',
  'name',
  'product',
  'newProduct',
  'endDate',
  'termStart',
  'termEnd',
  'dueDate',
  'amount',
  'invoiceId',
  'noticeNumber',
  'noticeKind',
];

async function previewJson(path: string, extra: string[] = []) {
  const result = await cli(['preview', path, '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF, '--json', ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('renewal-runs preview', () => {
  it('prints exactly the JSON contract of SPEC §6 for a hand-checked workbook', async () => {
    const json = await previewJson(writeXlsxFixture(smallBook()));
    expect(Object.keys(json).sort()).toEqual(['fingerprint', 'inputErrors', 'items', 'run', 'statistics', 'warnings']);
    expect(json.run).toEqual({ id: 'NIGHTLY', name: 'Nightly renewals', asOf: '2026-11-21', mode: 'rolling', actions: ['renew', 'drop', 'notify'] });
    expect(json.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    for (const item of json.items) expect(Object.keys(item).sort()).toEqual([...ITEM_FIELDS].sort());
    expect(json.items.map((i: { key: string }) => i.key)).toEqual(['renew:M1', 'renew:M3', 'drop:M4', 'notify:INV-000002', 'notify:new:M1', 'notify:new:M3']);
    expect(json.items[0]).toEqual({
      key: 'renew:M1',
      action: 'renew',
      status: 'ready',
      reason: null,
      memberId: 'M1',
      membershipId: 'M1',
      name: 'Member M1',
      product: 'Annual',
      newProduct: 'Annual',
      endDate: '2026-12-10',
      termStart: '2026-12-11',
      termEnd: '2027-12-10',
      dueDate: '2026-12-11',
      amount: 120,
      invoiceId: null,
      noticeNumber: null,
      noticeKind: null,
    });
    const reminder = json.items[3];
    expect([reminder.invoiceId, reminder.noticeNumber, reminder.noticeKind]).toEqual(['INV-000002', 2, 'reminder']);
    const firstOnNew = json.items[4];
    expect([firstOnNew.invoiceId, firstOnNew.noticeNumber, firstOnNew.noticeKind, firstOnNew.termStart]).toEqual([null, 1, 'first', '2026-12-11']);
    expect(json.items[2]).toMatchObject({ action: 'drop', membershipId: 'M4', amount: 120, endDate: '2026-09-21' });
    expect(json.statistics.renew.ready).toEqual({ count: 2, amount: 240, amounts: { USD: 240 } });
    expect(json.statistics.notify.ready.count).toBe(3);
    expect(json.inputErrors).toEqual([]);
  });

  it('moves the renewal window by exactly one day when the as-of date moves', async () => {
    const path = writeXlsxFixture(smallBook());
    const keys = async (asOf: string) =>
      JSON.parse((await cli(['preview', path, '--run', 'NIGHTLY', '--as-of', asOf, '--json', '--out', `${path}.out.xlsx`])).stdout)
        .items.filter((i: { action: string }) => i.action === 'renew')
        .map((i: { key: string }) => i.key);
    expect(await keys('2026-11-20')).toEqual(['renew:M1']); // M3: R = 12-21 > D+30 = 12-20
    expect(await keys('2026-11-21')).toEqual(['renew:M1', 'renew:M3']);
    expect(await keys('2026-11-22')).toEqual(['renew:M1', 'renew:M2', 'renew:M3']);
  });

  it('writes the Preview sheet with real dates, a filterable header and Include defaulting to Yes, after a backup', async () => {
    const path = writeXlsxFixture(smallBook());
    const before = readFileSync(path);
    await previewJson(path);
    expect(readFileSync(`${path}.bak`).equals(before)).toBe(true);
    const wb = XLSX.readFile(path, { dense: true, cellNF: true });
    const ws = wb.Sheets['Preview NIGHTLY'];
    expect(ws['!autofilter']?.ref).toBe('A1:T7');
    const rows = readSheetCells(path, 'Preview NIGHTLY');
    expect(rows[0].slice(0, 5).map((c) => c.v)).toEqual(['Key', 'Action', 'Status', 'Reason', 'Include']);
    expect(rows[1][0].v).toBe('renew:M1');
    expect(rows[1][4].v).toBe('Yes');
    const termStart = (ws['!data'] as XLSX.CellObject[][])[1][12];
    expect(termStart.t).toBe('n');
    expect(termStart.v).toBe(46367); // 2026-12-11 as a 1900-system serial
    expect(String(termStart.z)).toMatch(/yy/);
  });

  it('keeps extra columns and every other sheet untouched', async () => {
    const path = writeXlsxFixture(smallBook());
    await previewJson(path);
    const members = readSheetCells(path, 'Members');
    expect(members[0][9].v).toBe('Notes');
    expect(members[1][9].v).toBe('keep me');
    expect(XLSX.readFile(path).SheetNames).toEqual(['Members', 'Products', 'Invoices', 'Runs', 'Preview NIGHTLY']);
  });

  it('writes to --out and leaves the workbook itself unchanged', async () => {
    const path = writeXlsxFixture(smallBook());
    const before = readFileSync(path);
    await previewJson(path, ['--out', `${path}.preview.xlsx`]);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}.bak`)).toBe(false);
    expect(XLSX.readFile(`${path}.preview.xlsx`).SheetNames).toContain('Preview NIGHTLY');
  });

  it('replaces an earlier preview sheet rather than adding another', async () => {
    const path = writeXlsxFixture(smallBook());
    await previewJson(path);
    await previewJson(path);
    expect(XLSX.readFile(path).SheetNames.filter((n) => n.startsWith('Preview'))).toEqual(['Preview NIGHTLY']);
  });

  it('prints identical JSON for identical inputs', async () => {
    const path = writeXlsxFixture(smallBook());
    const out = `${path}.x.xlsx`;
    const first = (await cli(['preview', path, '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF, '--json', '--out', out])).stdout;
    const second = (await cli(['preview', path, '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF, '--json', '--out', out])).stdout;
    expect(second).toBe(first);
  });

  it('finds the run whatever the letter case of --run', async () => {
    const path = writeXlsxFixture(smallBook());
    const result = await cli(['preview', path, '--run', 'nightly', '--as-of', SMALL_AS_OF, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).run.id).toBe('NIGHTLY');
  });

  it('prints a readable summary without --json', async () => {
    const path = writeXlsxFixture(smallBook());
    const result = await cli(['preview', path, '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/renew\s+ready\s+2\s+240\.00/);
    expect(result.stdout).toContain("Preview written to sheet 'Preview NIGHTLY'");
  });
});
