const DAY_MS = 86_400_000;
/** 9999-12-31 in the 1900 system, Excel's last date. */
const LAST_SERIAL_1900 = 2_958_465;

/**
 * The serial number Excel's DATE(year, month, day) returns, in the workbook's date system, or
 * null where Excel returns #NUM!. Modelled on the DATE function's documented rules:
 * - arguments are truncated to integers;
 * - a year from 0 to 1899 has 1900 added; a year below 0 or from 10000 up is #NUM!;
 * - months and days overflow into the next year or month (DATE(2026, 13, 1) is 2027-01-01);
 * - 1900 system: 1900-01-01 is 1, and 1900-02-29 (which never existed) is 60, a bug Excel
 *   keeps from Lotus 1-2-3, so every later date is one more than its day count;
 * - 1904 system: 1904-01-01 is 0, and there is no phantom day.
 *
 * @example
 * dateSerial(1904, 1, 1, true); // 0
 * dateSerial(1904, 1, 1, false); // 1462
 * dateSerial(1900, 2, 29, false); // 60
 */
export function dateSerial(year: number, month: number, day: number, date1904: boolean): number | null {
  let y = Math.trunc(year);
  const m = Math.trunc(month);
  const d = Math.trunc(day);
  if (![y, m, d].every(Number.isFinite) || y < 0 || y >= 10000) return null;
  if (y <= 1899) y += 1900;
  // Work from the first of the (normalised) month so the phantom 1900-02-29 falls out of
  // adding days: DATE(1900, 2, 29) = serial(1900-02-01) + 28 = 32 + 28 = 60.
  const firstOfMonth = Date.UTC(y, m - 1, 1);
  let serial: number;
  if (date1904) {
    serial = (firstOfMonth - Date.UTC(1904, 0, 1)) / DAY_MS + d - 1;
  } else {
    const phantom = firstOfMonth >= Date.UTC(1900, 2, 1) ? 1 : 0;
    serial = (firstOfMonth - Date.UTC(1899, 11, 31)) / DAY_MS + phantom + d - 1;
  }
  const last = date1904 ? LAST_SERIAL_1900 - 1462 : LAST_SERIAL_1900;
  return serial < 0 || serial > last ? null : serial;
}

/**
 * The serial of an ISO date text ('2026-11-21'), which Excel turns into a date when it is
 * written to Range.values (the Range.values docs recommend ISO "to ensure dates are stored as
 * dates"); null when the text is not a valid ISO date.
 *
 * @example
 * isoDateSerial('2026-11-21', false); // 46347
 */
export function isoDateSerial(text: string, date1904: boolean): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const real = new Date(Date.UTC(year, month - 1, day));
  // 2026-02-30 is not a date: Excel keeps such text as text rather than rolling it over.
  if (real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day) return null;
  return year < 1900 ? null : dateSerial(year, month, day, date1904);
}
