import { formatIsoDate } from '../../engine/dates/isoDate';
import type { ValueCell } from './cellParser';
import type { CellResult } from './cellResult';
import { parseDateCell } from './parseDateCell';
import { cellContext } from './testing/cellContext';
import type { LocalDate } from '../../engine/dates/localDate';
import type { DateOrder } from '../../engine/model/settings';

const shown = (r: CellResult<LocalDate>) => (r.ok ? formatIsoDate(r.value) : r.message);

describe('parseDateCell', () => {
  it.each<[ValueCell, boolean, DateOrder, string]>([
    [45658, false, 'YMD', '2025-01-01'],
    [45658.75, false, 'YMD', '2025-01-01'],
    [61, false, 'YMD', '1900-03-01'],
    [44196, true, 'YMD', '2025-01-01'],
    [0, true, 'YMD', '1904-01-01'],
    ['2026-03-04', false, 'YMD', '2026-03-04'],
    ['2026-03-04', true, 'DMY', '2026-03-04'],
    ['03/04/2026', false, 'DMY', '2026-04-03'],
    ['03/04/2026', false, 'MDY', '2026-03-04'],
    [new Date(Date.UTC(2026, 2, 4)), false, 'YMD', '2026-03-04'],
    [new Date(Date.UTC(2026, 2, 4, 23, 59)), false, 'YMD', '2026-03-04'],
  ])('reads %p (1904: %p, %s) as %s', (cell, date1904, dateOrder, expected) => {
    expect(shown(parseDateCell(cell, cellContext({ date1904, dateOrder })))).toBe(expected);
  });

  it.each<[ValueCell, boolean, DateOrder, string]>([
    [60, false, 'YMD', "Start Date 1900-02-29 does not exist (Excel's phantom leap day)"],
    [0, false, 'YMD', 'Start Date 0 is not a date Excel can show'],
    [-3, true, 'YMD', 'Start Date -3 is not a date Excel can show'],
    ['2026-02-30', false, 'YMD', "Start Date '2026-02-30' is not a real date"],
    ['31/04/2026', false, 'DMY', "Start Date '31/04/2026' is not a real date"],
    [
      '03/04/2026',
      false,
      'YMD',
      "Start Date '03/04/2026' could be day-first or month-first: set Date Order in Settings to DMY or MDY, or write the date as YYYY-MM-DD",
    ],
    ['soon', false, 'YMD', "Start Date 'soon' is not a date: write YYYY-MM-DD"],
    ['soon', false, 'DMY', "Start Date 'soon' is not a date: write YYYY-MM-DD or DD/MM/YYYY"],
    ['soon', false, 'MDY', "Start Date 'soon' is not a date: write YYYY-MM-DD or MM/DD/YYYY"],
    ['3/4/26', false, 'DMY', "Start Date '3/4/26' has a two-digit year: write the year with four digits"],
    ['1899-12-31', false, 'YMD', "Start Date '1899-12-31' is before 1900-01-01, the first date Excel can store"],
    ['1903-12-31', true, 'YMD', "Start Date '1903-12-31' is before 1904-01-01, the first date Excel can store"],
    [true, false, 'YMD', 'Start Date TRUE is not a date'],
    [new Date(Number.NaN), false, 'YMD', 'Start Date is an invalid date'],
  ])('refuses %p (1904: %p, %s) with %p', (cell, date1904, dateOrder, message) => {
    expect(parseDateCell(cell, cellContext({ date1904, dateOrder }))).toEqual({ ok: false, message });
  });

  it('uses the JS Date’s UTC day whatever the machine’s time zone', () => {
    // 2026-03-04T00:30Z is still 3 March in America/Los_Angeles; the UTC day is what counts.
    expect(shown(parseDateCell(new Date('2026-03-04T00:30:00Z'), cellContext()))).toBe('2026-03-04');
  });
});
