import { dateSerial } from './excelDate';
import { createExcelModel } from './excelModel';

async function dateValue(date1904: boolean, year: number, month: number, day: number) {
  return createExcelModel({ date1904 }).run(async (context) => {
    const result = context.workbook.functions.date(year, month, day);
    result.load('value');
    await context.sync();
    return result.value;
  });
}

describe('workbook.functions.date', () => {
  it.each([
    [1904, 1, 1, false, 1462],
    [1904, 1, 1, true, 0],
    [2026, 11, 21, false, 46347],
    [2026, 11, 21, true, 44885],
  ])('gives DATE(%i, %i, %i) in the %s-is-1904 system as %i', async (y, m, d, date1904, serial) => {
    expect(await dateValue(date1904, y, m, d)).toBe(serial);
  });

  it('throws PropertyNotLoaded for value before load and sync', async () => {
    await createExcelModel().run(async (context) => {
      const result = context.workbook.functions.date(2026, 1, 1);
      expect(() => result.value).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });
});

describe('dateSerial', () => {
  it.each<[number, number, number, boolean, number | null]>([
    [1900, 1, 1, false, 1],
    [1900, 2, 28, false, 59],
    [1900, 2, 29, false, 60],
    [1900, 3, 1, false, 61],
    [1900, 1, 0, false, 0],
    [2026, 13, 1, false, 46388],
    [2026, 3, 0, false, 46081],
    [126, 11, 21, false, 46347],
    [1903, 12, 31, true, null],
    [-1, 1, 1, false, null],
    [10000, 1, 1, false, null],
    [9999, 12, 31, false, 2958465],
  ])('gives DATE(%i, %i, %i) (1904: %s) as %p', (y, m, d, date1904, serial) => {
    expect(dateSerial(y, m, d, date1904)).toBe(serial);
  });
});
