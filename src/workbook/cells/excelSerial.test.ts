import fc from 'fast-check';
import { formatIsoDate, isoDate } from '../../engine/dates/isoDate';
import type { LocalDate } from '../../engine/dates/localDate';
import { dateToSerial, firstExcelDate, LAST_EXCEL_DATE, serialToDate } from './excelSerial';

const iso = (d: LocalDate | null) => (d === null ? null : formatIsoDate(d));

describe('serialToDate', () => {
  it.each([
    [1, false, '1900-01-01'],
    [59, false, '1900-02-28'],
    [61, false, '1900-03-01'],
    [45658, false, '2025-01-01'],
    [45658.99, false, '2025-01-01'],
    [2958465, false, '9999-12-31'],
    [0, true, '1904-01-01'],
    [44196, true, '2025-01-01'],
    [2957003, true, '9999-12-31'],
  ])('reads serial %p (1904: %p) as %s', (serial, date1904, expected) => {
    expect(iso(serialToDate(serial, date1904))).toBe(expected);
  });

  it.each([
    [60, false, "Excel's phantom 1900-02-29"],
    [60.5, false, 'the phantom day with a time'],
    [0, false, 'serial 0 (1900-01-00)'],
    [-1, false, 'a negative serial'],
    [2958466, false, 'after 9999-12-31'],
    [-1, true, 'a negative 1904 serial'],
    [2957004, true, 'after 9999-12-31 in 1904'],
    [Number.NaN, false, 'NaN'],
    [Number.POSITIVE_INFINITY, false, 'infinity'],
  ])('returns null for %p (1904: %p) when it is %s', (serial, date1904) => {
    expect(serialToDate(serial, date1904)).toBeNull();
  });

  it('reads a 1904 serial as the 1900 serial minus 1462 when both are after 1904', () => {
    expect(serialToDate(45658 - 1462, true)).toBe(serialToDate(45658, false));
  });
});

describe('dateToSerial', () => {
  it.each([
    ['1900-01-01', false, 1],
    ['1900-02-28', false, 59],
    ['1900-03-01', false, 61],
    ['2025-01-01', false, 45658],
    ['1904-01-01', true, 0],
    ['2025-01-01', true, 44196],
  ])('writes %s (1904: %p) as serial %p', (date, date1904, serial) => {
    expect(dateToSerial(isoDate(date), date1904)).toBe(serial);
  });

  it.each([
    ['1899-12-31', false],
    ['1903-12-31', true],
  ])('throws a RangeError for %s (1904: %p), a date Excel cannot store', (date, date1904) => {
    expect(() => dateToSerial(isoDate(date), date1904)).toThrow(RangeError);
  });

  it('round-trips every date from 1900-01-01 to 9999-12-31 in the 1900 system', () => {
    fc.assert(
      fc.property(fc.integer({ min: firstExcelDate(false), max: LAST_EXCEL_DATE }), (days) => {
        const date = days as LocalDate;
        expect(serialToDate(dateToSerial(date, false), false)).toBe(date);
      }),
    );
  });

  it('round-trips every date from 1904-01-01 to 9999-12-31 in the 1904 system', () => {
    fc.assert(
      fc.property(fc.integer({ min: firstExcelDate(true), max: LAST_EXCEL_DATE }), (days) => {
        const date = days as LocalDate;
        expect(serialToDate(dateToSerial(date, true), true)).toBe(date);
      }),
    );
  });

  it('never writes the phantom serial 60', () => {
    fc.assert(
      fc.property(fc.integer({ min: firstExcelDate(false), max: isoDate('1901-01-01') }), (days) => {
        expect(dateToSerial(days as LocalDate, false)).not.toBe(60);
      }),
    );
  });
});
