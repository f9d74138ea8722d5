import type { ValueCell } from './cellParser';
import { parseTimeZoneCell } from './parseTimeZoneCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Time Zone' });

describe('parseTimeZoneCell', () => {
  it.each([
    ['UTC', 'UTC'],
    ['Europe/London', 'Europe/London'],
    ['europe/london', 'Europe/London'],
    [' America/New_York ', 'America/New_York'],
    ['Pacific/Auckland', 'Pacific/Auckland'],
  ])('reads %p as %p', (cell, expected) => {
    expect(parseTimeZoneCell(cell, context)).toEqual({ ok: true, value: expected });
  });

  it.each<ValueCell>(['Mars/Base', '+01:00', '-05:00', 'Europe/Londres', 1, true])('refuses %p', (cell) => {
    expect(parseTimeZoneCell(cell, context)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Time Zone .* is not an IANA time zone such as Europe\/London$/),
    });
  });
});

describe('parseTimeZoneCell offsets', () => {
  it.each(['−01:00', '+0100'])('refuses the offset %p, which is not an IANA name', (cell) => {
    expect(parseTimeZoneCell(cell, context).ok).toBe(false);
  });
});
