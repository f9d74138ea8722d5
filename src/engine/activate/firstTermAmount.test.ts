import { isoDate } from '../dates/isoDate';
import type { Proration } from '../model/run';
import { alignedTermEnd } from './alignedTermEnd';
import { firstTermAmount, monthsStarted } from './firstTermAmount';

const JAN_1 = { month: 1, day: 1 };

describe('firstTermAmount', () => {
  it.each<[string, number, number, Proration, number]>([
    // start, Price, Term Months, Proration, amount — all aligned to 01-01
    ['2026-03-01', 120, 12, 'monthly', 100],
    ['2026-03-01', 120, 12, 'daily', 100.6], // 306 / 365 days
    ['2026-03-15', 120, 12, 'monthly', 100], // 10 months started
    ['2026-03-15', 120, 12, 'daily', 96], // 292 / 365 days
    ['2026-03-15', 120, 12, 'none', 120],
    ['2026-04-30', 120, 12, 'monthly', 90], // Apr 30 … Dec 30: 9 months started
    ['2026-04-30', 120, 12, 'daily', 80.88], // 246 / 365
    ['2028-02-29', 120, 12, 'monthly', 110], // Feb 29 … Dec 29: 11 months
    ['2028-02-29', 120, 12, 'daily', 100.66], // 307 / 366 (full term ends 2029-02-28)
    ['2026-01-01', 120, 12, 'monthly', 120], // the alignment day: a full year
    ['2026-01-01', 120, 12, 'daily', 120],
    ['2026-03-15', 10, 1, 'monthly', 100], // a first term of 10 one-month terms
    ['2026-03-15', 10, 1, 'daily', 94.19], // 292 / 31 days
    ['2026-03-15', 10, 1, 'none', 10],
    ['2026-03-15', 240, 24, 'monthly', 100], // 10 / 24
    ['2026-03-15', 240, 24, 'daily', 95.87], // 292 / 731 days
    ['2026-12-15', 1.01, 2, 'monthly', 0.51], // 0.505 rounds half-up
    ['2026-12-31', 36.5, 12, 'daily', 0.1], // 1 / 365 days
  ])('bills a first term from %s (Price %p, Term Months %p, %s) as %p', (start, price, termMonths, proration, expected) => {
    const termStart = isoDate(start);
    const termEnd = alignedTermEnd(termStart, JAN_1);
    expect(firstTermAmount({ price, termMonths, proration, termStart, termEnd })).toBe(expected);
  });

  it('bills the Price for an unaligned first term, whatever the proration', () => {
    const termStart = isoDate('2026-03-15');
    const termEnd = isoDate('2027-03-14');
    for (const proration of ['none', 'monthly', 'daily'] as const) {
      expect(firstTermAmount({ price: 99.99, termMonths: 12, proration, termStart, termEnd })).toBe(99.99);
    }
  });
});

describe('monthsStarted', () => {
  it.each([
    ['2026-03-15', '2026-03-15', 1],
    ['2026-03-15', '2026-04-14', 1],
    ['2026-03-15', '2026-04-15', 2],
    ['2026-03-25', '2026-04-09', 1], // counted from the start, not by calendar month
    ['2026-01-31', '2026-02-28', 1], // no 02-31: the second month starts 03-01 (§1)
    ['2026-01-31', '2026-03-01', 2],
  ])('from %s to %s: %p', (start, end, expected) => {
    expect(monthsStarted(isoDate(start), isoDate(end))).toBe(expected);
  });
});
