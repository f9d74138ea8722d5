/** Built-in number formats that show a date (14–17, 22, 27–36 and 50–58 are the locale's date formats). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a number format shows a calendar date, so a date written into a cell with it reads as
 * one. A time-only format (`h:mm`, `[h]:mm:ss`) does not: the date would show as `0:00`. Quoted
 * text, escaped characters and bracketed parts (colours, conditions, locales) are ignored.
 *
 * @example
 * isDateFormat(14, undefined)            // → true
 * isDateFormat(164, 'dd/mm/yyyy')        // → true
 * isDateFormat(165, '0.00 "USD days"')   // → false
 */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (formatCode === undefined) return BUILT_IN_DATES.has(numFmtId);
  const bare = formatCode.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
  return /[yd]|mmm/i.test(bare.split(';')[0]);
}
