import { d } from '../../testing/recordBuilders';
import { collectionDate } from './collectionDate';

describe('collectionDate', () => {
  it.each([
    ['2026-11-01', 0, '2026-11-30'],
    ['2026-12-01', 2, '2026-12-02'],
    ['2026-12-02', 2, '2026-12-02'],
    ['2026-12-03', 2, '2026-12-03'],
    ['2026-12-20', 2, '2026-12-20'],
  ])('is max(Due Date, D + lead) when the invoice is due %s with lead %i', (due, lead, expected) => {
    expect(collectionDate(d(due), d('2026-11-30'), lead)).toBe(d(expected));
  });
});
