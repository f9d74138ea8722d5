import type { ValueCell } from '../../cells/cellParser';
import { cellContext } from '../../cells/testing/cellContext';
import { parseDayOfMonthCell, parseMonthDayCell, parseWeekdayCell } from './parseScheduleDay';

const context = cellContext({ column: 'Day' });

describe('parseWeekdayCell', () => {
  it.each([
    ['Sunday', 0],
    ['sun', 0],
    ['MONDAY', 1],
    ['Mon', 1],
    [' tue ', 2],
    ['Wednesday', 3],
    ['thu', 4],
    ['Friday', 5],
    ['sat', 6],
  ])('reads %p as %p', (cell, weekday) => {
    expect(parseWeekdayCell(cell, context)).toEqual({ ok: true, value: weekday });
  });

  it.each<ValueCell>(['Funday', 'Tues', 'mo', 1])('refuses %p', (cell) => {
    expect(parseWeekdayCell(cell, context)).toEqual({ ok: false, message: expect.stringMatching(/^Day .* is not a weekday such as Monday or Mon$/) });
  });
});

describe('parseDayOfMonthCell', () => {
  it.each<[ValueCell, number]>([
    [1, 1],
    [31, 31],
    ['15', 15],
    [' 07 ', 7],
  ])('reads %p as %p', (cell, day) => {
    expect(parseDayOfMonthCell(cell, context)).toEqual({ ok: true, value: day });
  });

  it.each<ValueCell>([0, 32, 1.5, '32', 'first', '1st', true])('refuses %p', (cell) => {
    expect(parseDayOfMonthCell(cell, context)).toEqual({ ok: false, message: expect.stringMatching(/^Day .* is not a day of the month from 1 to 31$/) });
  });
});

describe('parseMonthDayCell', () => {
  it.each<[ValueCell, boolean, { month: number; day: number }]>([
    ['03-15', false, { month: 3, day: 15 }],
    ['3-5', false, { month: 3, day: 5 }],
    ['02-29', false, { month: 2, day: 29 }],
    ['12-31', false, { month: 12, day: 31 }],
    [46096, false, { month: 3, day: 15 }], // 2026-03-15: what Excel makes of a typed 03-15
    [46096 - 1462, true, { month: 3, day: 15 }],
    [new Date(Date.UTC(2026, 2, 15)), false, { month: 3, day: 15 }],
  ])('reads %p (1904: %p) as %p', (cell, date1904, expected) => {
    expect(parseMonthDayCell(cell, cellContext({ column: 'Day', date1904 }))).toEqual({ ok: true, value: expected });
  });

  it.each<ValueCell>(['02-30', '13-01', '00-10', '04-31', '03/15', 'March 15', 15, true])('refuses %p', (cell) => {
    expect(parseMonthDayCell(cell, context)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Day .* is not a month and day \(MM-DD\) such as 03-15$/),
    });
  });
});
