import type { CellContext } from './cellParser';
import { parseLocaleCell } from './parseLocaleCell';

const context: CellContext = { column: 'Locale', date1904: false, dateOrder: 'YMD' };

describe('parseLocaleCell', () => {
  it.each([
    ['en-US', 'en-US'],
    [' en-gb ', 'en-GB'],
    ['de', 'de'],
    ['fr-CA', 'fr-CA'],
  ])('accepts %p as %p when it is a known tag', (cell, expected) => {
    expect(parseLocaleCell(cell, context)).toEqual({ ok: true, value: expected });
  });

  it.each([['english'], ['en_US_x_'], ['xx-YY'], ['']])('refuses %p when it is malformed or unknown', (cell) => {
    expect(parseLocaleCell(cell, context)).toEqual({ ok: false, message: expect.stringContaining('is not a language tag such as en-US') });
  });

  it('refuses a number when the cell is not text', () => {
    expect(parseLocaleCell(12, context).ok).toBe(false);
  });
});
