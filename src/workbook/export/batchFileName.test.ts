import { BATCH_KINDS } from '../../engine/apply/batches';
import { isoDate } from '../../engine/dates/isoDate';
import { batchesWorkbookName, batchFileName } from './batchFileName';

describe('batchFileName', () => {
  it.each(BATCH_KINDS)('names the %s file after the run, the kind and the as-of date', (kind) => {
    expect(batchFileName('NIGHTLY', kind, isoDate('2026-11-21'), 'csv')).toBe(`NIGHTLY-${kind}-2026-11-21.csv`);
  });

  it('ends in .xlsx when the format is xlsx', () => {
    expect(batchFileName('GOLD_1', 'payments', isoDate('2027-01-05'), 'xlsx')).toBe('GOLD_1-payments-2027-01-05.xlsx');
  });
});

describe('batchesWorkbookName', () => {
  it('names the workbook after the run and the as-of date when all batches go in one file', () => {
    expect(batchesWorkbookName('NIGHTLY', isoDate('2026-11-21'))).toBe('NIGHTLY-batches-2026-11-21.xlsx');
  });
});
