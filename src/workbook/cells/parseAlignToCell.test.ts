import type { CellContext } from './cellParser';
import { parseAlignToCell } from './parseAlignToCell';

const context: CellContext = { column: 'Align To', date1904: false, dateOrder: 'YMD' };

describe('parseAlignToCell', () => {
  it.each([
    ['01-01', { month: 1, day: 1 }],
    ['12-31', { month: 12, day: 31 }],
    [' 3-1 ', { month: 3, day: 1 }],
    ['02-28', { month: 2, day: 28 }],
  ])('reads %j as a month and day', (cell, value) => {
    expect(parseAlignToCell(cell, context)).toEqual({ ok: true, value });
  });

  it.each(['02-29', '02-30', '13-01', 'soon', 15])('refuses %j', (cell) => {
    expect(parseAlignToCell(cell, context).ok).toBe(false);
  });

  it('says why 02-29 is refused', () => {
    expect(parseAlignToCell('02-29', context)).toEqual({ ok: false, message: expect.stringContaining('write 03-01') });
  });
});
