import { dateTimeInTimeZone } from './dateTimeInTimeZone';

describe('dateTimeInTimeZone', () => {
  it.each([
    ['2026-11-21T16:02:09Z', 'America/Chicago', '2026-11-21 10:02:09'],
    ['2026-11-21T00:30:00Z', 'America/Chicago', '2026-11-20 18:30:00'],
    ['2026-06-30T23:59:59Z', 'Pacific/Auckland', '2026-07-01 11:59:59'],
    ['2026-01-01T00:00:00Z', 'UTC', '2026-01-01 00:00:00'],
  ])('shows %s in %s as %s', (instant, zone, expected) => {
    expect(dateTimeInTimeZone(Date.parse(instant), zone)).toBe(expected);
  });
});
