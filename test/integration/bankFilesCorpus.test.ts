import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nachaBook } from '../fixtures/nachaBook';
import { readSheetCells, writeXlsxFixture } from '../fixtures/xlsxFixture';
import { BANKFILES, bankFileNames, requireShared } from '../shared/sharedMaterial';
import { cli } from './runCliInProcess';

jest.setTimeout(60_000);

/**
 * Every real bank file of `../shared/bankfiles` through `reconcile --settlements FILE --dry-run
 * --json` (SPEC §10: camt.054/053 and NACHA returns read by content): read into items, or
 * refused in one clean line; never a crash or a stack trace, never a write.
 */

interface ReconcileJson {
  items: { reference: string | null; invoiceId: string; status: string; reason: string | null; amount: number; batch: string | null }[];
  inputErrors: unknown[];
}

const present = requireShared(BANKFILES);
const names = present ? bankFileNames() : [];
const STATUSES = ['ready', 'warning', 'skipped', 'error'];

/** What each kind of file does on a book that exported none of its collections. */
function expectedOutcome(name: string): 'refused' | 'all skipped' | 'read' {
  if (name.includes('not-well-formed')) return 'refused';
  if (name.startsWith('pain008')) return 'refused'; // a direct-debit order we send, not the bank's answer
  if (name.startsWith('nacha-ppd-')) return 'all skipped'; // outgoing debits and credits: nothing returned
  return 'read';
}

describe('the real bank files of ../shared/bankfiles through reconcile --dry-run --json', () => {
  if (!present) {
    it('could not run: ../shared/bankfiles is missing', () => undefined);
    return;
  }

  it('holds the files the tests below name', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
    expect(names).toContain('camt053-v02-ing-nl-sdd-batches-returns.xml');
    expect(names).toContain('nacha-return-web-r01-r03.ach');
  });

  it.each(names)('%s: items or a clean refusal, and nothing written', async (name) => {
    const path = writeXlsxFixture(nachaBook());
    const before = readFileSync(path);
    const result = await cli(['reconcile', path, '--settlements', join(BANKFILES, name), '--dry-run', '--json', '--as-of', '2026-11-21']);
    expect(result.stderr).not.toMatch(/^\s+at |Error:|TypeError|undefined/m);
    expect(readFileSync(path).equals(before)).toBe(true);

    const outcome = expectedOutcome(name);
    if (outcome === 'refused') {
      expect([result.code, result.stdout]).toEqual([1, '']);
      expect(result.stderr).toMatch(new RegExp(`^renewal-runs: ${join(BANKFILES, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} .+\n$`));
      expect(result.stderr.split('\n')).toHaveLength(2); // one line
      expect(result.stderr).toContain(name.startsWith('pain008') ? 'NACHA return file' : 'looks like a camt.053 bank file but cannot be read');
      return;
    }
    expect([result.code, result.stderr]).toEqual([0, '']);
    const out = JSON.parse(result.stdout) as ReconcileJson;
    expect(out.inputErrors).toEqual([]);
    expect(out.items.length).toBeGreaterThan(0);
    for (const item of out.items) {
      expect(STATUSES).toContain(item.status);
      expect(item.status).not.toBe('ready'); // none of these are our collections
      expect(item.reason).toMatch(/^\S(.*\S)?$/); // words, never blank nor cut off ("PmtInfId ")
      expect(item.reason).not.toMatch(/undefined|null|NaN/);
      expect(Number.isFinite(item.amount)).toBe(true);
    }
    if (outcome === 'all skipped') {
      expect(new Set(out.items.map((i) => `${i.status}: ${i.reason}`))).toEqual(new Set(['skipped: not a direct debit collection']));
    }
  });

  it('NACHA returns: a returned debit (26) of an unknown invoice is an error, a returned credit (21) is not a collection', async () => {
    const path = writeXlsxFixture(nachaBook());
    const result = await cli(['reconcile', path, '--settlements', join(BANKFILES, 'nacha-return-web-r01-r03.ach'), '--dry-run', '--json']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as ReconcileJson).items.map((i) => [i.reference, i.invoiceId, i.status, i.reason])).toEqual([
      ['091000017611242', 'MjMxNDAwMjAtOGQ', 'error', 'unknown invoice'],
      ['021000029461242', 'NmRjZTJmMzItMGN', 'skipped', 'not a direct debit collection'],
    ]);
  });

  it('camt: an entry not booked yet is skipped, and a lump-sum credit naming no PmtInfId is an error in plain words', async () => {
    const path = writeXlsxFixture(nachaBook());
    const read = async (name: string) =>
      (JSON.parse((await cli(['reconcile', path, '--settlements', join(BANKFILES, name), '--dry-run', '--json'])).stdout) as ReconcileJson).items;
    const fi = await read('camt054-v02-fffs-fi-credits-dd-returns.xml');
    expect(fi.filter((i) => i.reason === 'not booked yet').map((i) => i.reference)).toEqual(['D091029N987654321S288', 'D091029N987654321S289']);
    const statement = await read('camt053-v02-fffs-fi-statement.xml');
    expect(statement.find((i) => i.reference === '091029ACCTSTMTARCH21')).toMatchObject({
      status: 'error',
      reason: 'a batch-booked collection credit that names no PmtInfId: needs investigation',
    });
  });

  it("ING's MD06 refund of a debit we collected: the invoice's attempt fails with the code and its words", async () => {
    // camt053-v02-ing-nl-sdd-batches-returns.xml, lines 566-638: DBIT 30.00 EUR, RvslInd true,
    // IDDT/UPDD, EndToEndId 5000300060007000 (no `-<attempt>` suffix: the Invoice ID is all of it),
    // MndtId DDMdtINGBC, RtrInf/Rsn/Cd MD06, booked 2014-01-03.
    const E2E = '5000300060007000';
    const book = nachaBook();
    book.Products = [
      ['Product', 'Price', 'Currency'],
      ['Annual', 30, 'EUR'],
    ];
    book.Invoices = [
      [...(book.Invoices[0] as string[]), 'Attempts', 'Last Attempt Date', 'Last Attempt Status', 'Last Attempt Reference', 'Collection Date'],
      [
        E2E,
        'M1',
        { iso: '2013-12-20' },
        { iso: '2013-12-20' },
        { iso: '2014-12-19' },
        'Annual',
        30,
        30,
        'Open',
        1,
        { iso: '2013-12-16' },
        'Submitted',
        E2E,
        { iso: '2013-12-20' },
      ],
    ];
    const path = writeXlsxFixture(book);
    const result = await cli([
      'reconcile',
      path,
      '--settlements',
      join(BANKFILES, 'camt053-v02-ing-nl-sdd-batches-returns.xml'),
      '--as-of',
      '2014-01-03',
      '--json',
    ]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const items = (JSON.parse(result.stdout) as ReconcileJson).items;
    // The file's entry before it has the same AcctSvcrRef: the reader makes this one's unique.
    expect(items.filter((i) => i.invoiceId === E2E)).toEqual([
      {
        reference: '3101963431841/9',
        invoiceId: E2E,
        status: 'ready',
        reason: 'payment returned: MD06 Refund request by end customer',
        amount: 30,
        batch: null,
      },
    ]);
    const [header, row] = readSheetCells(path, 'Invoices').map((r) => r.map((c) => c?.v));
    const cell = (name: string) => row[header.indexOf(name)];
    expect([cell('Balance'), cell('Status'), cell('Last Attempt Status'), cell('Last Attempt Reason')]).toEqual([
      30,
      'Open',
      'Failed',
      'MD06 Refund request by end customer',
    ]);
  });
});
