import type { LocalDate } from '../../engine/dates/localDate';

/**
 * Excel date serials ↔ {@link LocalDate} (days since 1970-01-01).
 *
 * 1900 system: serial 1 is 1900-01-01. Excel copied Lotus 1-2-3's bug of treating 1900 as a
 * leap year, so serial 60 is a phantom 1900-02-29 and from serial 61 (1900-03-01) on, every
 * serial is one more than the true day count. 1904 system (old Mac workbooks): serial 0 is
 * 1904-01-01, with no phantom day; a 1904 serial is the 1900 serial minus 1462.
 */

/** LocalDate of 1899-12-30: serial 0 for every 1900-system serial from 61 on. */
const EPOCH_1900_FROM_MARCH = -25569;
/** LocalDate of 1899-12-31: serial 0 for 1900-system serials 1–59 (before the phantom day). */
const EPOCH_1900_BEFORE_MARCH = -25568;
/** LocalDate of 1904-01-01: serial 0 in the 1904 system. */
const EPOCH_1904 = -24107;
/** The phantom 1900-02-29 of the 1900 system. */
export const PHANTOM_LEAP_DAY_SERIAL = 60;
/** The last serial Excel shows as a date (9999-12-31) in the 1900 system. */
const MAX_SERIAL_1900 = 2958465;
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;

/**
 * The first date Excel can store: 1900-01-01, or 1904-01-01 in the 1904 system.
 *
 * @example
 * formatIsoDate(firstExcelDate(true)) // → '1904-01-01'
 */
export function firstExcelDate(date1904: boolean): LocalDate {
  return (date1904 ? EPOCH_1904 : EPOCH_1900_BEFORE_MARCH + 1) as LocalDate;
}

/** The last date Excel can store: 9999-12-31. */
export const LAST_EXCEL_DATE = (MAX_SERIAL_1900 + EPOCH_1900_FROM_MARCH) as LocalDate;

/**
 * The date of an Excel serial, or `null` when the serial is no date: below the first serial
 * (1 in the 1900 system, 0 in the 1904 one), after 9999-12-31, not finite, or the 1900
 * system's phantom 1900-02-29 (serial 60). A fractional serial is a date and time; its date
 * part (the floor) is returned.
 *
 * @example
 * serialToDate(45658, false) // → 2025-01-01
 * serialToDate(60, false)    // → null (1900-02-29 never existed)
 * serialToDate(0, true)      // → 1904-01-01
 */
export function serialToDate(serial: number, date1904: boolean): LocalDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) {
    return whole < 0 || whole > MAX_SERIAL_1904 ? null : ((whole + EPOCH_1904) as LocalDate);
  }
  if (whole < 1 || whole > MAX_SERIAL_1900 || whole === PHANTOM_LEAP_DAY_SERIAL) return null;
  return (whole + (whole < PHANTOM_LEAP_DAY_SERIAL ? EPOCH_1900_BEFORE_MARCH : EPOCH_1900_FROM_MARCH)) as LocalDate;
}

/**
 * The Excel serial of a date, for writing it as a real Excel date (SPEC §1). Throws a
 * RangeError for a date Excel cannot store (before {@link firstExcelDate}, after 9999-12-31):
 * the readers never produce one, so it is a programming error.
 *
 * @example
 * dateToSerial(isoDate('2025-01-01'), false) // → 45658
 * dateToSerial(isoDate('1900-03-01'), false) // → 61 (60 is the phantom 1900-02-29)
 * dateToSerial(isoDate('2025-01-01'), true)  // → 44196
 */
export function dateToSerial(date: LocalDate, date1904: boolean): number {
  if (date < firstExcelDate(date1904) || date > LAST_EXCEL_DATE) {
    throw new RangeError(`Date ${date} (days since 1970-01-01) is outside Excel's date range`);
  }
  if (date1904) return date - EPOCH_1904;
  const serial = date - EPOCH_1900_FROM_MARCH;
  // Before 1900-03-01 there is no phantom day to skip.
  return serial <= PHANTOM_LEAP_DAY_SERIAL ? date - EPOCH_1900_BEFORE_MARCH : serial;
}
