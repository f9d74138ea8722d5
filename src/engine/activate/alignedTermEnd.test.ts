import { formatIsoDate, isoDate } from '../dates/isoDate';
import { alignedTermEnd } from './alignedTermEnd';

describe('alignedTermEnd', () => {
  it.each([
    ['2026-03-01', '01-01', '2026-12-31'],
    ['2026-03-15', '01-01', '2026-12-31'],
    ['2026-04-30', '01-01', '2026-12-31'],
    ['2028-02-29', '01-01', '2028-12-31'],
    // The alignment day itself: the next one strictly after is a year later.
    ['2026-01-01', '01-01', '2026-12-31'],
    ['2026-07-01', '07-01', '2027-06-30'],
    ['2026-12-31', '01-01', '2026-12-31'],
    ['2026-03-15', '07-01', '2026-06-30'],
    ['2026-08-01', '07-01', '2027-06-30'],
    // 03-01 ends first terms on February's last day, leap years included.
    ['2027-02-15', '03-01', '2027-02-28'],
    ['2028-02-15', '03-01', '2028-02-29'],
    ['2028-03-01', '03-01', '2029-02-28'],
  ])('a term starting %s aligned to %s ends %s', (start, alignTo, expected) => {
    const [month, day] = alignTo.split('-').map(Number);
    expect(formatIsoDate(alignedTermEnd(isoDate(start), { month, day }))).toBe(expected);
  });
});
