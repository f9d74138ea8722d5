import { addDays } from '../dates/localDate';
import { d } from '../testing/recordBuilders';
import { dropLine, isPastDropLine } from './dropLine';

describe('dropLine', () => {
  it.each([
    ['2025-12-31', 30, '2026-01-31'],
    ['2025-12-31', 0, '2026-01-01'],
    // Month ends and leap days: R is simply the next calendar day.
    ['2024-02-28', 30, '2024-03-30'], // R = 2024-02-29 (leap day)
    ['2024-02-29', 30, '2024-03-31'], // R = 2024-03-01
    ['2025-02-28', 30, '2025-03-31'], // R = 2025-03-01 (no leap day)
    ['2025-01-31', 28, '2025-03-01'], // R = 2025-02-01
  ])('is End Date %s + 1 + %i days → %s', (end, p, expected) => {
    expect(dropLine(d(end), p)).toBe(d(expected));
  });
});

describe('isPastDropLine', () => {
  const END = d('2025-12-31');
  const P = 30;
  const LINE = d('2026-01-31'); // R + P

  it.each([
    ['R + P − 1', -1, false],
    ['R + P', 0, true],
    ['R + P + 1', 1, true],
  ])('when D = %s → %s', (_label, offset, expected) => {
    expect(isPastDropLine(END, addDays(LINE, offset), P)).toBe(expected);
  });

  it('is never past the line when the run has no Drop After Days', () => {
    expect(isPastDropLine(END, d('2099-01-01'), null)).toBe(false);
  });
});
