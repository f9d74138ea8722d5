import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { nachaReturnText, type NachaReturn } from '../fixtures/bankfiles/nachaReturnFixture';
import { ACCOUNT_NUMBER_COLUMN, NACHA_AS_OF, nachaBook } from '../fixtures/nachaBook';
import { denseRows, editXlsx, readSheetCells, writeXlsxFixture } from '../fixtures/xlsxFixture';
import { cli } from './runCliInProcess';

jest.setTimeout(60_000);

/** SPEC §10 direct debit through the real CLI: preview → post → export .ach → a NACHA return → the next preview. */

interface PlanItem {
  key: string;
  status: string;
  reason: string | null;
  invoiceId: string | null;
}
interface ReconcileJson {
  items: { reference: string | null; invoiceId: string; status: string; reason: string | null; amount: number; batch: string | null }[];
  inputErrors: unknown[];
}

const ok = async (args: string[]) => {
  const result = await cli(args);
  expect([result.code, result.stderr]).toEqual([0, '']);
  return result;
};
const preview = async (path: string, asOf: string): Promise<PlanItem[]> =>
  (JSON.parse((await ok(['preview', path, '--run', 'ACH', '--as-of', asOf, '--json'])).stdout) as { items: PlanItem[] }).items;
const post = (path: string, asOf: string) => ok(['post', path, '--run', 'ACH', '--as-of', asOf]);
const reconcile = async (path: string, file: string, asOf: string): Promise<ReconcileJson> =>
  JSON.parse((await ok(['reconcile', path, '--settlements', file, '--as-of', asOf, '--json'])).stdout) as ReconcileJson;

/** The Invoices sheet as rows of values keyed by header, one object per invoice. */
function invoices(path: string): Record<string, Record<string, unknown>> {
  const [header, ...rows] = readSheetCells(path, 'Invoices').map((r) => r.map((c) => c?.v));
  return Object.fromEntries(rows.map((row) => [row[0] as string, Object.fromEntries(header.map((h, i) => [h as string, row[i]]))]));
}

/** An Excel serial of an ISO date (1900 system) for comparing date cells. */
const serial = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25_569;

const statusOf = (items: PlanItem[]) => Object.fromEntries(items.map((i) => [i.invoiceId, i.status]));

/** The book after preview and post as of D. */
async function postedBook(): Promise<string> {
  const path = writeXlsxFixture(nachaBook());
  await preview(path, NACHA_AS_OF);
  await post(path, NACHA_AS_OF);
  return path;
}

const returnFile = (path: string, name: string, returns: NachaReturn[], date = '261124') => {
  const file = join(dirname(path), name);
  writeFileSync(file, nachaReturnText(returns, { effectiveDate: date, creationDate: date, lineEnd: '\r\n' }));
  return file;
};

const R01_INV1: NachaReturn = {
  amount: 120.5,
  individualId: 'INV-1',
  reasonCode: 'R01',
  originalTrace: '011000010000001',
  routing: '011000015',
  account: '12345678901',
  name: 'ADA LOVELACE',
  trace: '091000010000011',
};
const R03_INV3: NachaReturn = {
  amount: 60,
  individualId: 'INV-3',
  reasonCode: 'R03',
  originalTrace: '011000010000003',
  routing: '021000021',
  account: '5550001234',
  name: 'CY YOUNG',
  trace: '091000010000012',
};

describe('direct debit by NACHA file (SPEC §10)', () => {
  it('preview → post records the attempt: trace, masked account, collection date, and the Collections ledger', async () => {
    const path = writeXlsxFixture(nachaBook());
    const items = await preview(path, NACHA_AS_OF);
    expect(items.map((i) => [i.invoiceId, i.status])).toEqual([
      ['INV-1', 'ready'],
      ['INV-2', 'ready'], // routing number typed as the number 11000015: read back as 011000015
      ['INV-3', 'ready'],
      ['INV-4', 'error'],
    ]);
    expect(items[3].reason).toContain('Routing Number');

    await post(path, NACHA_AS_OF);
    const inv = invoices(path);
    const attempt = (id: string) => [
      inv[id].Attempts,
      inv[id]['Last Attempt Status'],
      inv[id]['Last Attempt Reference'],
      inv[id]['Last Attempt Account'],
      inv[id]['Collection Date'],
    ];
    // C = max(Due Date, D + 2): INV-1 due 11-15 and INV-3 due 11-20 → 11-23; INV-2 due 11-30 → 11-30.
    expect(attempt('INV-1')).toEqual([1, 'Submitted', '011000010000001', '011000015/1234***8901', serial('2026-11-23')]);
    expect(attempt('INV-2')).toEqual([1, 'Submitted', '011000010000002', '011000015/9876*4321', serial('2026-11-30')]);
    expect(attempt('INV-3')).toEqual([1, 'Submitted', '011000010000003', '021000021/5550**1234', serial('2026-11-23')]);
    expect(inv['INV-1']['Last Attempt Date']).toBe(serial(NACHA_AS_OF));
    expect(attempt('INV-4')).toEqual([undefined, undefined, undefined, undefined, undefined]);
    for (const id of ['INV-1', 'INV-2', 'INV-3']) expect(inv[id]['Last Attempt Reference']).toMatch(/^01100001\d{7}$/);

    const collections = readSheetCells(path, 'Collections').map((r) => r.map((c) => c?.v));
    const col = (name: string) => collections[0].indexOf(name);
    expect(collections.slice(1).map((r) => [r[col('Reference')], r[col('Invoice ID')], r[col('Collection Date')], r[col('Amount')]])).toEqual([
      ['011000010000001', 'INV-1', serial('2026-11-23'), 120.5],
      ['011000010000002', 'INV-2', serial('2026-11-30'), 95],
      ['011000010000003', 'INV-3', serial('2026-11-23'), 60],
    ]);
  });

  it('export --format nacha writes a PPD file whose records, batches, hashes and totals add up', async () => {
    const path = await postedBook();
    const dir = join(dirname(path), 'out');
    const result = await ok(['export', path, '--run', 'ACH', '--format', 'nacha', '--dir', dir]);
    expect(result.stdout).toContain('3 debits, total 275.50 USD');
    expect(readdirSync(dir)).toEqual(['ACH-payments-2026-11-21.ach']);
    const text = readFileSync(join(dir, 'ACH-payments-2026-11-21.ach'), 'latin1');

    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // every line ends CRLF, none bare
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) expect(line).toMatch(/^[\x20-\x7e]{94}$/);
    expect(lines.length % 10).toBe(0);
    expect(lines.map((l) => l[0]).join('')).toBe('1566856899');
    expect(lines[9]).toBe('9'.repeat(94));

    const [fileHeader] = lines;
    expect(fileHeader.slice(0, 3)).toBe('101');
    expect(fileHeader.slice(3, 13)).toBe(' 011000015');
    expect(fileHeader.slice(13, 23)).toBe('1234567890');
    expect(fileHeader.slice(23, 29)).toBe('261121');
    expect(fileHeader.slice(34, 40)).toBe('094101');
    expect(fileHeader.slice(40, 63).trim()).toBe('FEDERAL RESERVE BANK');
    expect(fileHeader.slice(63, 86).trim()).toBe('HARBOUR ROWING CLUB');

    // Batches: header (5), entries (6), control (8), one per effective entry date.
    const batches: { header: string; entries: string[]; control: string }[] = [];
    for (const line of lines.slice(1)) {
      if (line[0] === '5') batches.push({ header: line, entries: [], control: '' });
      else if (line[0] === '6') batches[batches.length - 1].entries.push(line);
      else if (line[0] === '8') batches[batches.length - 1].control = line;
    }
    expect(batches.map((b) => b.header.slice(69, 75))).toEqual(['261123', '261130']); // effective entry dates
    const entry = (line: string) => ({
      code: line.slice(1, 3),
      routing: line.slice(3, 12),
      account: line.slice(12, 29).trim(),
      cents: Number(line.slice(29, 39)),
      individualId: line.slice(39, 54).trim(),
      name: line.slice(54, 76).trim(),
      trace: line.slice(79, 94),
    });
    expect(batches.map((b) => b.entries.map(entry))).toEqual([
      [
        { code: '27', routing: '011000015', account: '12345678901', cents: 12050, individualId: 'INV-1', name: 'ADA LOVELACE', trace: '011000010000001' },
        { code: '27', routing: '021000021', account: '5550001234', cents: 6000, individualId: 'INV-3', name: 'CY YOUNG', trace: '011000010000003' },
      ],
      [{ code: '37', routing: '011000015', account: '987654321', cents: 9500, individualId: 'INV-2', name: 'BOB NUNEZ', trace: '011000010000002' }],
    ]);

    // The traces are the invoices' Last Attempt References.
    const inv = invoices(path);
    for (const b of batches) for (const e of b.entries.map(entry)) expect(inv[e.individualId]['Last Attempt Reference']).toBe(e.trace);

    const hashOf = (entries: string[]) => entries.reduce((sum, e) => sum + Number(e.slice(3, 11)), 0) % 10_000_000_000;
    const debitsOf = (entries: string[]) => entries.reduce((sum, e) => sum + Number(e.slice(29, 39)), 0);
    batches.forEach((b, index) => {
      expect(b.header.slice(0, 4)).toBe('5225'); // debits only
      expect(b.header.slice(4, 20).trim()).toBe('HARBOUR ROWING');
      expect(b.header.slice(40, 50)).toBe('1234567890');
      expect(b.header.slice(50, 53)).toBe('PPD');
      expect(b.header.slice(53, 63).trim()).toBe('MEMBERSHIP');
      expect(b.header.slice(79, 94)).toBe(`01100001${String(index + 1).padStart(7, '0')}`);
      const c = b.control;
      expect(c.slice(0, 4)).toBe('8225');
      expect(Number(c.slice(4, 10))).toBe(b.entries.length);
      expect(Number(c.slice(10, 20))).toBe(hashOf(b.entries));
      expect(Number(c.slice(20, 32))).toBe(debitsOf(b.entries));
      expect(Number(c.slice(32, 44))).toBe(0);
      expect(c.slice(44, 54)).toBe('1234567890');
      expect(c.slice(79, 94)).toBe(b.header.slice(79, 94));
    });

    const all = batches.flatMap((b) => b.entries);
    const fileControl = lines.find((l) => l[0] === '9' && l !== '9'.repeat(94))!;
    expect(Number(fileControl.slice(1, 7))).toBe(batches.length);
    expect(Number(fileControl.slice(7, 13))).toBe(lines.length / 10);
    expect(Number(fileControl.slice(13, 21))).toBe(all.length);
    expect(Number(fileControl.slice(21, 31))).toBe(hashOf(all));
    expect(Number(fileControl.slice(31, 43))).toBe(27550);
    expect(Number(fileControl.slice(31, 43))).toBe(debitsOf(all));
    expect(Number(fileControl.slice(43, 55))).toBe(0);
  });

  it('reads a NACHA return: R01 and R03 fail their invoices with the words; a re-import changes nothing; the next preview retries R01 and holds R03 until the account changes', async () => {
    const path = await postedBook();
    const file = returnFile(path, 'returns.ach', [R01_INV1, R03_INV3]);
    const out = await reconcile(path, file, '2026-11-24');
    expect(out.inputErrors).toEqual([]);
    expect(out.items.map((i) => [i.invoiceId, i.status])).toEqual([
      ['INV-1', 'ready'],
      ['INV-3', 'ready'],
    ]);
    let inv = invoices(path);
    expect([inv['INV-1']['Last Attempt Status'], inv['INV-1']['Last Attempt Reason']]).toEqual(['Failed', 'R01 Insufficient Funds']);
    expect([inv['INV-3']['Last Attempt Status'], inv['INV-3']['Last Attempt Reason']]).toEqual(['Failed', 'R03 No Account/Unable to Locate Account']);
    expect([inv['INV-1'].Balance, inv['INV-1'].Status]).toEqual([120.5, 'Open']);
    expect(inv['INV-2']['Last Attempt Status']).toBe('Submitted');

    // The same file again: every entry was applied, the workbook is not rewritten.
    const before = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    const again = await cli(['reconcile', path, '--settlements', file, '--as-of', '2026-11-24']);
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(again.stdout).toContain('0 ready');
    expect(again.stdout).toContain('Nothing to change');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);

    // A week later: R01 (soft) is collected again, R03 (hard) waits for new account details.
    const later = await preview(path, '2026-11-28');
    expect(statusOf(later)).toMatchObject({ 'INV-1': 'ready', 'INV-2': 'skipped', 'INV-3': 'skipped', 'INV-4': 'error' });
    expect(later.find((i) => i.invoiceId === 'INV-3')!.reason).toContain('update payment details');
    expect(later.find((i) => i.invoiceId === 'INV-2')!.reason).toContain('payment in progress');

    editXlsx(path, (wb) => {
      denseRows(wb, 'Members')[3][ACCOUNT_NUMBER_COLUMN] = { t: 's', v: '5550009999' };
    });
    const fixed = await preview(path, '2026-11-28');
    expect(statusOf(fixed)).toMatchObject({ 'INV-1': 'ready', 'INV-3': 'ready' });

    // Post the retry: new traces, so a late return of the first attempt is stale.
    await post(path, '2026-11-28');
    inv = invoices(path);
    expect(inv['INV-1'].Attempts).toBe(2);
    expect(inv['INV-1']['Last Attempt Status']).toBe('Submitted');
    expect(inv['INV-3']['Last Attempt Account']).toBe('021000021/5550**9999');
    const retryTraces = [inv['INV-1']['Last Attempt Reference'], inv['INV-3']['Last Attempt Reference']];
    expect(retryTraces).not.toContain('011000010000001');
    expect(retryTraces).not.toContain('011000010000003');
    expect(new Set(Object.values(inv).map((i) => i['Last Attempt Reference'])).size).toBe(4); // 3 traces and INV-4's blank
  });

  it("skips a return of an earlier attempt (its trace is not the invoice's Last Attempt Reference) and changes nothing", async () => {
    const path = await postedBook();
    const first = await reconcile(path, returnFile(path, 'first.ach', [R01_INV1]), '2026-11-24');
    expect(first.items.map((i) => i.status)).toEqual(['ready']);
    await preview(path, '2026-11-28');
    await post(path, '2026-11-28');
    const current = invoices(path)['INV-1'];
    expect(current.Attempts).toBe(2);

    // A second return quoting the first attempt's trace (a new return entry of its own), dated
    // after the retry so only the trace tells it is stale.
    const stale = returnFile(path, 'stale.ach', [{ ...R01_INV1, reasonCode: 'R09', trace: '091000010000077' }], '261130');
    const before = readFileSync(path);
    const out = await reconcile(path, stale, '2026-11-28');
    expect(out.items.map((i) => [i.reference, i.invoiceId, i.status])).toEqual([['091000010000077', 'INV-1', 'skipped']]);
    expect(out.items[0].reason).toBe(`about an earlier payment attempt (not the Last Attempt Reference ${String(current['Last Attempt Reference'])})`);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(invoices(path)['INV-1']).toEqual(current);
  });

  it('revert of the post restores the attempt cells to blank', async () => {
    const path = writeXlsxFixture(nachaBook());
    const blank = invoices(path);
    await preview(path, NACHA_AS_OF);
    await post(path, NACHA_AS_OF);
    expect(invoices(path)['INV-1'].Attempts).toBe(1);
    const result = await ok(['revert', path, '--run', 'ACH', '--as-of', NACHA_AS_OF]);
    expect(result.stdout).toContain('cells restored from the Journal');
    const columns = ['Attempts', 'Last Attempt Date', 'Last Attempt Status', 'Last Attempt Reference', 'Last Attempt Account', 'Collection Date'];
    const after = invoices(path);
    for (const id of ['INV-1', 'INV-2', 'INV-3', 'INV-4']) {
      for (const column of columns) expect([id, column, after[id][column]]).toEqual([id, column, undefined]);
      expect(Object.fromEntries(Object.entries(after[id]).filter(([k]) => !columns.includes(k)))).toEqual(blank[id]);
    }
  });
});
