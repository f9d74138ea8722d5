import { timeOfDayInTimeZone } from './timeOfDayInTimeZone';

describe('timeOfDayInTimeZone', () => {
  it.each([
    ['2026-11-21T16:02:00Z', 'America/Chicago', '10:02'],
    ['2026-11-21T00:05:00Z', 'UTC', '00:05'],
    ['2026-07-01T23:30:00Z', 'Europe/London', '00:30'],
  ])('gives %s in %s as %s', (instant, zone, time) => {
    expect(timeOfDayInTimeZone(Date.parse(instant), zone)).toBe(time);
  });
});
