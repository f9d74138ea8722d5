import { isoDate } from '../../engine/dates/isoDate';
import { resolveRunDueMoment } from './resolveRunDueMoment';

describe('resolveRunDueMoment', () => {
  const clock = new Date('2026-11-21T05:30:00Z');
  it.each([
    ['--as-of alone: the whole day', { asOf: isoDate('2026-11-25') }, 'Europe/London', { date: isoDate('2026-11-25'), time: '23:59' }],
    ['--as-of and --at', { asOf: isoDate('2026-11-25'), at: '05:59' }, 'Europe/London', { date: isoDate('2026-11-25'), time: '05:59' }],
    ['--at alone: today in the time zone', { at: '06:00' }, 'America/Los_Angeles', { date: isoDate('2026-11-20'), time: '06:00' }],
    ['neither: the clock in the time zone', {}, 'Europe/London', { date: isoDate('2026-11-21'), time: '05:30' }],
    ['neither, west of UTC: still yesterday', {}, 'America/Chicago', { date: isoDate('2026-11-20'), time: '23:30' }],
  ])('%s', (_name, options, timeZone, moment) => {
    expect(resolveRunDueMoment(options, clock, timeZone)).toEqual(moment);
  });
});
