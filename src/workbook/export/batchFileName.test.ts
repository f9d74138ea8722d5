import { BATCH_KINDS } from '../../engine/apply/batches';
import { isoDate } from '../../engine/dates/isoDate';
import { batchFileName } from './batchFileName';

describe('batchFileName', () => {
  it.each(BATCH_KINDS)('names the %s file after the run, the kind and the as-of date', (kind) => {
    expect(batchFileName('NIGHTLY', kind, isoDate('2026-11-21'), 'csv')).toBe(`NIGHTLY-${kind}-2026-11-21.csv`);
  });

  it('ends in .xlsx when the format is xlsx', () => {
    expect(batchFileName('GOLD_1', 'payments', isoDate('2027-01-05'), 'xlsx')).toBe('GOLD_1-payments-2027-01-05.xlsx');
  });
});
