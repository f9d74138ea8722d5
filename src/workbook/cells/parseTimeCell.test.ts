import type { ValueCell } from './cellParser';
import { formatHoursMinutes, parseTimeCell } from './parseTimeCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Time' });

describe('formatHoursMinutes', () => {
  it.each([
    [0, '00:00'],
    [570, '09:30'],
    [1439, '23:59'],
  ])('formats %p minutes as %p', (minutes, text) => {
    expect(formatHoursMinutes(minutes)).toBe(text);
  });
});

describe('parseTimeCell', () => {
  it.each<[ValueCell, string]>([
    ['09:30', '09:30'],
    ['9:30', '09:30'],
    [' 23:59 ', '23:59'],
    ['00:00', '00:00'],
    [0, '00:00'],
    [0.5, '12:00'],
    [9.5 / 24, '09:30'],
    [(23 * 60 + 59) / 1440, '23:59'],
    [(23 * 3600 + 59 * 60 + 59) / 86400, '23:59'],
  ])('reads %p as %p', (cell, expected) => {
    expect(parseTimeCell(cell, context)).toEqual({ ok: true, value: expected });
  });

  it.each<ValueCell>(['24:00', '12:60', '9.30', '0930', '09:30:00', 1, 1.25, -0.1, 0.9999999, true])('refuses %p', (cell) => {
    const result = parseTimeCell(cell, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Time .* is not a time between 00:00 and 23:59$/);
  });
});
