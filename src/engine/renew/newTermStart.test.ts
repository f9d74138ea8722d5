import { d } from '../testing/recordBuilders';
import { newTermStart } from './newTermStart';

describe('newTermStart', () => {
  it.each([
    ['expired: End Date = D − 1', '2026-02-28', '2026-03-01'],
    ['not yet expired: End Date = D', '2026-03-01', '2026-03-02'],
    ['not yet expired: End Date = D + 1', '2026-03-02', '2026-03-03'],
    ['long expired', '2025-06-30', '2026-03-01'],
  ])('starts the new term correctly when %s', (_when, end, expected) => {
    expect(newTermStart(d(end), d('2026-03-01'))).toBe(d(expected));
  });

  it('starts the day after End Date across month and year ends', () => {
    expect(newTermStart(d('2024-02-28'), d('2024-01-15'))).toBe(d('2024-02-29'));
    expect(newTermStart(d('2024-02-29'), d('2024-01-15'))).toBe(d('2024-03-01'));
    expect(newTermStart(d('2025-12-31'), d('2025-12-01'))).toBe(d('2026-01-01'));
  });
});
