import { d } from '../testing/recordBuilders';
import { isPastDropLine } from './isPastDropLine';

// End Date 2026-01-31 → R = 2026-02-01; with P = 30 the drop line is R + P = 2026-03-03.
const endDate = d('2026-01-31');

describe('isPastDropLine', () => {
  it.each([
    ['the day before', '2026-03-02', false],
    ['the day of', '2026-03-03', true],
    ['the day after', '2026-03-04', true],
  ])('is past the line when D is %s R + P (%s)', (_when, asOf, expected) => {
    expect(isPastDropLine(endDate, d(asOf), 30)).toBe(expected);
  });

  it.each([
    ['the day before', '2026-01-31', false],
    ['the day of', '2026-02-01', true],
  ])('with Drop After Days 0, is past the line when D is %s R', (_when, asOf, expected) => {
    expect(isPastDropLine(endDate, d(asOf), 0)).toBe(expected);
  });

  it('has no drop line when the run has no Drop After Days', () => {
    expect(isPastDropLine(d('2000-01-31'), d('2026-03-01'), null)).toBe(false);
  });

  it('counts across a leap day when the term ends in February', () => {
    // End 2024-02-28 → R = 2024-02-29; R + 30 = 2024-03-30.
    expect(isPastDropLine(d('2024-02-28'), d('2024-03-29'), 30)).toBe(false);
    expect(isPastDropLine(d('2024-02-28'), d('2024-03-30'), 30)).toBe(true);
  });
});
