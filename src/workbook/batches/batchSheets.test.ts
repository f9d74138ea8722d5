import { isoDate } from '../../engine/dates/isoDate';
import { batchSheets } from './batchSheets';
import { onlyBatches, sampleBatches } from './testing/sampleBatches';

const sheetOf = (kind: Parameters<typeof onlyBatches>[0]) => batchSheets('NIGHTLY', onlyBatches(kind))[0];

describe('batchSheets', () => {
  it('writes one sheet per batch, in SPEC order, when every batch has rows', () => {
    expect(batchSheets('NIGHTLY', sampleBatches()).map((s) => s.name)).toEqual([
      'NIGHTLY Invoices',
      'NIGHTLY Notices',
      'NIGHTLY Lapses',
      'NIGHTLY Drops',
      'NIGHTLY Payments',
      'NIGHTLY Activations',
    ]);
  });

  it('writes no sheet for a batch when it is empty', () => {
    const names = batchSheets('NIGHTLY', onlyBatches('notices', 'payments')).map((s) => s.name);
    expect(names).toEqual(['NIGHTLY Notices', 'NIGHTLY Payments']);
    expect(batchSheets('NIGHTLY', onlyBatches())).toEqual([]);
  });

  it('uses the shortened name when the Run ID is too long for Excel', () => {
    const [sheet] = batchSheets('SPRING-2026-RENEWALS', onlyBatches('activations'));
    expect(sheet.name).toMatch(/^SPRING-2026-RENE~[0-9A-Z]{2} Activations$/);
  });

  it.each([
    ['invoices', ['Invoice ID', 'Membership ID', 'Product', 'Bill Date', 'Due Date', 'Term Start', 'Term End', 'Amount', 'Currency']],
    ['notices', ['Invoice ID', 'Membership ID', 'Notice Number', 'Notice Kind', 'Due Date', 'Amount', 'Currency']],
    ['drops', ['Membership ID', 'Product', 'End Date', 'Termination Date', 'Amount', 'Currency']],
    ['activations', ['Application ID', 'Membership ID', 'Product', 'Term Start', 'Term End']],
    ['payments', ['Invoice ID', 'Membership ID', 'Due Date', 'Attempt', 'Amount', 'Currency']],
  ] as const)('starts the %s header with Member ID, Name, Email, then the action fields', (kind, own) => {
    expect(sheetOf(kind).rows[0]).toEqual(['Member ID', 'Name', 'Email', ...own]);
  });

  it('writes dates as { date } cells and amounts as numbers when laying out a row', () => {
    expect(sheetOf('invoices').rows[1]).toEqual([
      'M1',
      'Ann Lee',
      'ann@example.org',
      'INV-000003',
      'M1',
      'Annual',
      { date: isoDate('2026-11-21') },
      { date: isoDate('2026-12-11') },
      { date: isoDate('2026-12-11') },
      { date: isoDate('2027-12-10') },
      120,
      'USD',
    ]);
  });

  it('writes a blank Email when the member has none', () => {
    expect(sheetOf('notices').rows[3].slice(0, 3)).toEqual(['M7', 'Di No-Mail', null]);
  });

  it('ends with the totals row, outside the table, when the batch has rows', () => {
    const sheet = sheetOf('notices');
    expect(sheet.rows).toHaveLength(5);
    expect(sheet.rows[4]).toEqual(['Total', 3, null, null, null, null, null, null, 240.1, 'USD']);
    expect(sheet.tableRows).toBe(4);
    expect(sheet.tableColumns).toBe(10);
    expect(sheet.tableName).toBe('Batch_NIGHTLY_Notices');
    expect(sheet.columnWidths).toHaveLength(10);
  });

  it('never changes the batches it is given', () => {
    const batches = sampleBatches();
    batchSheets('NIGHTLY', batches);
    expect(batches).toEqual(sampleBatches());
  });
});
