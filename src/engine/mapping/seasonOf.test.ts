import fc from 'fast-check';
import { formatIsoDate } from '../dates/isoDate';
import { addDays, LocalDate } from '../dates/localDate';
import type { Season } from '../model/records';
import { d, makeSeason } from '../testing/recordBuilders';
import { seasonOf } from './seasonOf';

// Sorted by Start Date, with a gap in July 2026.
const seasons: Season[] = [
  makeSeason({ season: '2025', startDate: d('2025-01-01'), endDate: d('2025-12-31') }),
  makeSeason({ season: '2026 Spring', startDate: d('2026-01-01'), endDate: d('2026-06-30') }),
  makeSeason({ season: '2026 Autumn', startDate: d('2026-08-01'), endDate: d('2026-12-31') }),
];

describe('seasonOf', () => {
  it.each([
    ['2024-12-31', null], // before the first season
    ['2025-01-01', '2025'], // first day (inclusive)
    ['2025-07-15', '2025'],
    ['2025-12-31', '2025'], // last day (inclusive)
    ['2026-01-01', '2026 Spring'], // the next season's first day
    ['2026-06-30', '2026 Spring'],
    ['2026-07-01', null], // in the gap between two seasons
    ['2026-07-31', null],
    ['2026-08-01', '2026 Autumn'],
    ['2026-12-31', '2026 Autumn'],
    ['2027-01-01', null], // after the last season
  ])('finds the season of %s when seasons have a gap (→ %s)', (date, expected) => {
    expect(seasonOf(d(date), seasons)?.season ?? null).toBe(expected);
  });

  it('returns null when there are no seasons', () => {
    expect(seasonOf(d('2026-01-01'), [])).toBeNull();
  });

  it('does not change the seasons', () => {
    const before = structuredClone(seasons);
    seasonOf(d('2026-03-01'), Object.freeze([...seasons]));
    expect(seasons).toEqual(before);
  });

  it('agrees with a linear scan for any non-overlapping seasons', () => {
    // Seasons as runs of [gap, length] days laid end to end from 2020-01-01.
    const layout = fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 400 })), { maxLength: 12 });
    fc.assert(
      fc.property(layout, fc.integer({ min: -50, max: 6000 }), (spans, offset) => {
        const origin = d('2020-01-01');
        const sorted: Season[] = [];
        let cursor = origin;
        for (const [gap, length] of spans) {
          const startDate = addDays(cursor, gap);
          const endDate = addDays(startDate, length - 1);
          sorted.push({ row: sorted.length + 2, season: formatIsoDate(startDate), startDate, endDate });
          cursor = addDays(endDate, 1);
        }
        const date = addDays(origin, offset) as LocalDate;
        const linear = sorted.find((s) => s.startDate <= date && date <= s.endDate) ?? null;
        expect(seasonOf(date, sorted)).toBe(linear);
      }),
    );
  });
});
