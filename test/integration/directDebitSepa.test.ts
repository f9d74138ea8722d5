/**
 * SEPA Direct Debit end to end through the CLI on a real .xlsx file (SPEC §10): preview and post
 * a collect run with a Payment File, export the pain.008 and validate it with real libxml2
 * against the ISO 20022 schema and the German banks' SEPA subset, then read the bank's camt.054
 * answers back in: credits, a returned FRST, a pending entry, a batch-booked credit, a refund
 * after settlement, and re-imports that change nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isoDate } from '../../src/engine/dates/isoDate';
import { dateToSerial } from '../../src/workbook/cells/excelSerial';
import { camt054Xml, type FixtureEntry } from '../fixtures/bankfiles/camt054Fixture';
import { readSheetCells, writeXlsxFixture } from '../fixtures/xlsxFixture';
import { requireShared, SCHEMAS } from '../shared/sharedMaterial';
import { validateAgainst } from '../shared/validateXml';
import { cli } from './runCliInProcess';

jest.setTimeout(60_000);

const D = '2026-11-21';
const serial = (iso: string) => dateToSerial(isoDate(iso), false);

function book(): string {
  return writeXlsxFixture({
    Members: [
      ['Member ID', 'Name', 'Status', 'Product', 'Start Date', 'End Date', 'AutoPay', 'IBAN', 'BIC', 'Mandate ID', 'Mandate Date'],
      [
        'M1',
        'Ada Lovelace',
        'Active',
        'Annual',
        { iso: '2025-12-21' },
        { iso: '2026-12-20' },
        'Yes',
        'DE89 3704 0044 0532 0130 00',
        'COBADEFFXXX',
        'MD-1',
        { iso: '2025-01-10' },
      ],
      [
        'M2',
        'Zoë Ñúñez',
        'Active',
        'Annual',
        { iso: '2025-12-01' },
        { iso: '2026-11-30' },
        'Yes',
        'FR1420041010050500013M02606',
        null,
        'MD-2',
        { iso: '2025-02-01' },
      ],
      ['M3', 'Bob Brown', 'Active', 'Annual', { iso: '2025-12-01' }, { iso: '2026-11-30' }, 'Yes', null, null, null, null],
    ],
    Products: [
      ['Product', 'Price', 'Currency'],
      ['Annual', 120, 'EUR'],
    ],
    Runs: [
      ['Run ID', 'Name', 'Actions', 'Payment File', 'Collect Through'],
      ['DD', 'Direct debit', 'collect', 'sepa', { iso: '2026-12-31' }],
    ],
    Settings: [
      ['Setting', 'Value'],
      ['Time Zone', 'Europe/Berlin'],
      ['Creditor Name', 'Harbour Rowing Club e.V.'],
      ['Creditor IBAN', 'DE89370400440532013000'],
      ['Creditor BIC', 'COBADEFFXXX'],
      ['Creditor ID', 'DE98ZZZ09999999999'],
    ],
    Invoices: [
      ['Invoice ID', 'Membership ID', 'Due Date', 'Term Start', 'Term End', 'Product', 'Amount', 'Balance', 'Status'],
      ['INV-000001', 'M1', { iso: '2026-12-20' }, { iso: '2026-12-21' }, { iso: '2027-12-20' }, 'Annual', 120, 120, 'Open'],
      ['INV-000002', 'M2', { iso: '2026-12-01' }, { iso: '2026-12-01' }, { iso: '2027-11-30' }, 'Annual', 120, 60.5, 'Open'],
      ['INV-000003', 'M3', { iso: '2026-12-01' }, { iso: '2026-12-01' }, { iso: '2027-11-30' }, 'Annual', 120, 120, 'Open'],
    ],
  });
}

/** A sheet as objects keyed by header (values as SheetJS reads them: dates are serials). */
function table(path: string, sheet: string): Record<string, unknown>[] {
  const [header, ...rows] = readSheetCells(path, sheet).map((row) => row.map((cell) => cell?.v ?? null));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i] ?? null])));
}

/** Runs a command on the day `asOf` (its clock at noon UTC; `--as-of` for the commands that take it). */
async function ok(args: string[], asOf = D): Promise<string> {
  const dated = args[0] === 'export' ? args : [...args, '--as-of', asOf];
  const result = await cli(dated, new Date(`${asOf}T12:00:00Z`));
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

type ReconcileJson = { items: { reference: string | null; invoiceId: string; status: string; reason: string | null }[] };
async function reconcileFile(path: string, entries: FixtureEntry[], name: string, asOf = '2026-12-22'): Promise<ReconcileJson> {
  const file = join(dirname(path), name);
  const xml = camt054Xml(entries);
  // Our own bank files are valid camt.054.001.02, checked with libxml2 like the exports.
  if (requireShared(SCHEMAS)) expect(await validateAgainst('camt.054.001.02.xsd', xml)).toEqual({ valid: true, errors: [] });
  writeFileSync(file, xml);
  return JSON.parse(await ok(['reconcile', path, '--settlements', file, '--json'], asOf)) as ReconcileJson;
}

async function postAndExport(path: string, asOf = D): Promise<string> {
  await ok(['preview', path, '--run', 'DD'], asOf);
  await ok(['post', path, '--run', 'DD'], asOf);
  const dir = join(dirname(path), `export-${asOf}`);
  const printed = await ok(['export', path, '--run', 'DD', '--format', 'sepa', '--dir', dir], asOf);
  expect(printed).toContain(`DD-payments-${asOf}.xml: SEPA Direct Debit pain.008.001.02`);
  return readFileSync(join(dir, `DD-payments-${asOf}.xml`), 'utf8');
}

const tags = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]);

describe('SEPA Direct Debit through the CLI', () => {
  it('previews collections with the details, the advance notice and the errors SPEC §10 asks for', async () => {
    const path = book();
    const out = JSON.parse(await ok(['preview', path, '--run', 'DD', '--json'])) as { items: { key: string; status: string; reason: string | null }[] };
    expect(out.items.map((i) => [i.key, i.status, i.reason])).toEqual([
      ['collect:INV-000001', 'ready', null],
      // C = max(2026-12-01, D + 2) = 2026-12-01: 10 days after D, less than the 14-day notice.
      ['collect:INV-000002', 'warning', 'debited in 10 days: less than the 14-day advance notice'],
      ['collect:INV-000003', 'error', 'no SEPA details: missing IBAN, Mandate ID, Mandate Date'],
    ]);
  });

  it('posts, exports a schema-valid pain.008 and reads the bank’s camt.054 back in', async () => {
    const path = book();
    const xml = await postAndExport(path);

    // What the post recorded, journaled: references, masked accounts, collection dates, mandates.
    const invoices = table(path, 'Invoices');
    expect(invoices.slice(0, 2).map((i) => [i['Last Attempt Reference'], i['Last Attempt Account'], i['Collection Date'], i.Attempts])).toEqual([
      ['INV-000001-1', 'DE89**************3000/MD-1', serial('2026-12-20'), 1],
      ['INV-000002-1', 'FR14*******************2606/MD-2', serial('2026-12-01'), 1],
    ]);
    expect(table(path, 'Members').map((m) => m['Last Mandate Collected'])).toEqual(['MD-1', 'MD-2', null]);
    expect(table(path, 'Collections').map((c) => [c.Reference, c['Sequence Type'], c.Amount])).toEqual([
      ['INV-000001-1', 'FRST', 120],
      ['INV-000002-1', 'FRST', 60.5],
    ]);

    // The file: valid against the ISO schema and the German SEPA subset, with the right totals.
    if (requireShared(SCHEMAS)) {
      expect(await validateAgainst('pain.008.001.02.xsd', xml)).toEqual({ valid: true, errors: [] });
      expect(await validateAgainst('dk/pain.008.001.02.xsd', xml)).toEqual({ valid: true, errors: [] });
    }
    expect(tags(xml, 'NbOfTxs')).toEqual(['2', '1', '1']);
    expect(tags(xml, 'CtrlSum')).toEqual(['180.50', '60.50', '120.00']);
    expect(tags(xml, 'SeqTp')).toEqual(['FRST', 'FRST']);
    expect(tags(xml, 'ReqdColltnDt')).toEqual(['2026-12-01', '2026-12-20']);
    expect(tags(xml, 'Nm')).toEqual(['Harbour Rowing Club e.V.', 'Harbour Rowing Club e.V.', 'Zoe Nunez', 'Harbour Rowing Club e.V.', 'Ada Lovelace']);
    expect(tags(xml, 'Id')).toContain('NOTPROVIDED');
    const pmtInfIds = tags(xml, 'PmtInfId');
    expect(pmtInfIds).toEqual(['DD 2026-11-21 2026-12-01 FRST', 'DD 2026-11-21 2026-12-20 FRST']);

    // The bank's answer: M1's debit credited, M2's first debit returned for lack of funds, one pending.
    const answer: FixtureEntry[] = [
      { direction: 'CRDT', bookingDate: '2026-12-20', transactions: [{ amount: 120, endToEndId: 'INV-000001-1', reference: 'BK-1' }] },
      { direction: 'DBIT', bookingDate: '2026-12-03', transactions: [{ amount: 60.5, endToEndId: 'INV-000002-1', reference: 'BK-2', reasonCode: 'AM04' }] },
      { direction: 'CRDT', status: 'PDNG', bookingDate: '2026-12-22', transactions: [{ amount: 5, endToEndId: 'INV-000003-1', reference: 'BK-3' }] },
    ];
    const reconciled = await reconcileFile(path, answer, 'camt054.xml');
    expect(reconciled.items.map((i) => [i.reference, i.invoiceId, i.status, i.reason])).toEqual([
      ['BK-1', 'INV-000001', 'ready', 'paid in full; membership extended'],
      ['BK-2', 'INV-000002', 'ready', 'payment returned: AM04 Insufficient funds; the next collection is FRST again'],
      ['BK-3', 'INV-000003', 'skipped', 'not booked yet'],
    ]);
    const after = table(path, 'Invoices');
    expect([after[0].Status, after[0].Balance, after[0]['Last Attempt Status']]).toEqual(['Paid', 0, 'Settled']);
    expect([after[1].Status, after[1]['Last Attempt Status'], after[1]['Last Attempt Reason']]).toEqual(['Open', 'Failed', 'AM04 Insufficient funds']);
    expect(table(path, 'Members').map((m) => m['Last Mandate Collected'])).toEqual(['MD-1', null, null]);

    // Re-importing the same file changes nothing: the workbook is not even rewritten.
    const bytes = readFileSync(path);
    const again = await reconcileFile(path, answer, 'camt054.xml');
    expect(again.items.map((i) => i.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(readFileSync(path).equals(bytes)).toBe(true);

    // The returned FRST is collected again as FRST; M1's next invoice would be RCUR.
    const next = await postAndExport(path, '2026-12-22');
    expect(tags(next, 'SeqTp')).toEqual(['FRST']);
    expect(tags(next, 'EndToEndId')).toEqual(['INV-000002-2']);

    // A late return of the first attempt (INV-000002-1) is stale now that INV-000002-2 is out.
    const stale = await reconcileFile(
      path,
      [{ direction: 'DBIT', bookingDate: '2026-12-23', transactions: [{ amount: 60.5, endToEndId: 'INV-000002-1', reference: 'BK-5', reasonCode: 'MS02' }] }],
      'stale.xml',
      '2026-12-23',
    );
    expect(stale.items).toEqual([
      expect.objectContaining({ reference: 'BK-5', status: 'skipped', reason: expect.stringContaining('earlier payment attempt') }),
    ]);
    expect(table(path, 'Invoices')[1]['Last Attempt Status']).toBe('Submitted');

    // A refund claim (MD06) of M1's settled debit reopens the invoice with a warning.
    const refund = await reconcileFile(
      path,
      [
        {
          direction: 'DBIT',
          reversal: true,
          bookingDate: '2027-01-10',
          transactions: [{ amount: 120, endToEndId: 'INV-000001-1', reference: 'BK-9', reasonCode: 'MD06' }],
        },
      ],
      'refund.xml',
      '2026-12-28',
    );
    expect(refund.items).toEqual([
      expect.objectContaining({ reference: 'BK-9', status: 'warning', reason: expect.stringContaining('membership was extended by this payment: review it') }),
    ]);
    expect([table(path, 'Invoices')[0].Status, table(path, 'Invoices')[0].Balance]).toEqual(['Open', 120]);
    expect(table(path, 'Payments').map((p) => [p.Reference, p['Reversed By'] ?? null])).toEqual([['BK-1', 'BK-9']]);
  });

  it('settles a batch-booked credit when its count and sum match the export, and refuses one that differs', async () => {
    const matching = book();
    const xml = await postAndExport(matching);
    const [first, second] = tags(xml, 'PmtInfId');
    const batch = (pmtInfId: string, amount: number, count: number): FixtureEntry => ({
      direction: 'CRDT',
      amount,
      reference: 'BK-B',
      bookingDate: '2026-12-20',
      batch: { pmtInfId, count },
    });
    const settled = await reconcileFile(matching, [batch(second, 120, 1)], 'batch.xml', '2026-12-05');
    expect(settled.items).toEqual([expect.objectContaining({ reference: 'BK-B/INV-000001-1', invoiceId: 'INV-000001', status: 'ready' })]);
    expect(table(matching, 'Invoices')[0].Status).toBe('Paid');

    const differing = book();
    await postAndExport(differing);
    const refused = await reconcileFile(differing, [batch(first, 61, 1)], 'batch.xml', '2026-12-05');
    expect(refused.items).toEqual([
      expect.objectContaining({ invoiceId: 'INV-000002', status: 'error', reason: expect.stringContaining('batch total differs') }),
    ]);
    expect(table(differing, 'Invoices')[1].Status).toBe('Open');
  });

  it('blocks the next collection after a hard return until the member’s account changes', async () => {
    const path = book();
    await postAndExport(path);
    await reconcileFile(
      path,
      [{ direction: 'DBIT', bookingDate: '2026-12-03', transactions: [{ amount: 60.5, endToEndId: 'INV-000002-1', reference: 'BK-4', reasonCode: 'AC04' }] }],
      'ac04.xml',
    );
    const preview = async () =>
      (
        JSON.parse(await ok(['preview', path, '--run', 'DD', '--json'], '2026-12-22')) as { items: { key: string; status: string; reason: string | null }[] }
      ).items.find((i) => i.key === 'collect:INV-000002');
    expect(await preview()).toMatchObject({ status: 'skipped', reason: 'pending: update payment details (last return AC04 Closed account number)' });
  });

  it('reverts a post: references, accounts, collection dates and Last Mandate Collected come back blank', async () => {
    const path = book();
    await postAndExport(path);
    await ok(['revert', path, '--run', 'DD']);
    expect(table(path, 'Members').map((m) => m['Last Mandate Collected'] ?? null)).toEqual([null, null, null]);
    expect(table(path, 'Invoices').map((i) => [i['Last Attempt Reference'] ?? null, i['Collection Date'] ?? null])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});
