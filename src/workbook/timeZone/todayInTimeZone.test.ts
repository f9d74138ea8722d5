import { formatIsoDate } from '../../engine/dates/isoDate';
import { todayInTimeZone } from './todayInTimeZone';

describe('todayInTimeZone', () => {
  it.each([
    ['2026-11-21T03:00:00Z', 'UTC', '2026-11-21'],
    ['2026-11-21T03:00:00Z', 'America/Chicago', '2026-11-20'],
    ['2026-11-21T11:30:00Z', 'Pacific/Auckland', '2026-11-22'],
    ['2026-11-21T10:59:59Z', 'Pacific/Auckland', '2026-11-21'],
    ['2024-02-29T23:00:00Z', 'Europe/Berlin', '2024-03-01'],
  ])('at %s in %s the date is %s', (instant, zone, expected) => {
    expect(formatIsoDate(todayInTimeZone(new Date(instant), zone))).toBe(expected);
  });

  it('reads an instant given as milliseconds since the epoch like the same Date', () => {
    expect(formatIsoDate(todayInTimeZone(Date.parse('2026-11-21T04:30:00Z'), 'America/New_York'))).toBe('2026-11-20');
  });
});
