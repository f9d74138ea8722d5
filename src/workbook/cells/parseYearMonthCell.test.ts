import type { ValueCell } from './cellParser';
import { parseYearMonthCell, yearMonth } from './parseYearMonthCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Card Expiry' });

describe('yearMonth', () => {
  it('counts months since year 0 so that later months compare greater', () => {
    expect(yearMonth(2027, 5)).toBe(2027 * 12 + 4);
    expect(yearMonth(2027, 12) < yearMonth(2028, 1)).toBe(true);
  });
});

describe('parseYearMonthCell', () => {
  it.each<[ValueCell, boolean, [number, number]]>([
    ['2027-05', false, [2027, 5]],
    [' 2027-5 ', false, [2027, 5]],
    [46508, false, [2027, 5]], // 2027-05-01: what Excel makes of a typed 2027-05
    [46508 - 1462, true, [2027, 5]],
    [new Date(Date.UTC(2027, 4, 1)), false, [2027, 5]],
    ['2027-05-31', false, [2027, 5]],
  ])('reads %p (1904: %p) as %p', (cell, date1904, [year, month]) => {
    expect(parseYearMonthCell(cell, cellContext({ column: 'Card Expiry', date1904 }))).toEqual({ ok: true, value: yearMonth(year, month) });
  });

  it.each<[ValueCell, string]>([
    ['2027-13', "Card Expiry '2027-13' is not a real month"],
    ['2027-00', "Card Expiry '2027-00' is not a real month"],
    ['05/27', "Card Expiry '05/27' is not a year and month: write YYYY-MM"],
    ['soon', "Card Expiry 'soon' is not a year and month: write YYYY-MM"],
    [true, 'Card Expiry TRUE is not a year and month (YYYY-MM)'],
    [60, "Card Expiry 1900-02-29 does not exist (Excel's phantom leap day)"],
  ])('refuses %p', (cell, message) => {
    expect(parseYearMonthCell(cell, context)).toEqual({ ok: false, message });
  });
});
