import type { Frequency } from '../../../engine/model/run';
import type { ValueCell } from '../../cells/cellParser';
import { cellContext } from '../../cells/testing/cellContext';
import { readSchedule } from './readSchedule';

const context = cellContext({ column: 'Day' });

describe('readSchedule', () => {
  it.each<[Frequency | null, ValueCell | null, unknown]>([
    [null, null, null],
    [null, 'Monday', null],
    ['daily', null, { frequency: 'daily' }],
    ['daily', 'whatever', { frequency: 'daily' }],
    ['weekly', 'Mon', { frequency: 'weekly', weekday: 1 }],
    ['monthly', 31, { frequency: 'monthly', dayOfMonth: 31 }],
    ['monthly', '1', { frequency: 'monthly', dayOfMonth: 1 }],
    ['yearly', '02-29', { frequency: 'yearly', month: 2, day: 29 }],
  ])('reads %p with Day %p as %p', (frequency, day, schedule) => {
    expect(readSchedule(frequency, day, context)).toEqual({ ok: true, value: schedule });
  });

  it.each<[Frequency, string]>([
    ['weekly', 'Day is required for a weekly run: a weekday such as Monday'],
    ['monthly', 'Day is required for a monthly run: a day of the month from 1 to 31'],
    ['yearly', 'Day is required for a yearly run: a month and day (MM-DD) such as 03-15'],
  ])('refuses a %s run without a Day', (frequency, message) => {
    expect(readSchedule(frequency, null, context)).toEqual({ ok: false, message });
  });

  it.each<[Frequency, ValueCell]>([
    ['weekly', 15],
    ['monthly', 'Monday'],
    ['yearly', '02-30'],
  ])('refuses a %s run with Day %p', (frequency, day) => {
    expect(readSchedule(frequency, day, context).ok).toBe(false);
  });
});
