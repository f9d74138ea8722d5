// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators: matching
// control characters is the point here.
/* eslint-disable no-control-regex */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;
const CONTROLS_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
/* eslint-enable no-control-regex */

/**
 * A merged value as it may appear on one line — a Subject, or anything that becomes a mail
 * header (SPEC §9): each run of control characters (CR, LF, tab, others) becomes one space, so
 * no value can add a header line.
 *
 * @example
 * oneLineText('Ada\r\nBcc: x@example.org') // → 'Ada Bcc: x@example.org'
 */
export function oneLineText(value: string): string {
  return value.replace(CONTROLS, ' ');
}

/**
 * A merged value as it goes into a Body: its line breaks are kept (a multi-line Address column
 * prints as lines, as it reads in the cell), written `\n` whichever convention the cell used;
 * every other control character (tab included) becomes a space. The template's own line breaks
 * are the template's and are never touched.
 *
 * @example
 * bodyText('1 River Lane\r\nSpringfield\tIL') // → '1 River Lane\nSpringfield IL'
 */
export function bodyText(value: string): string {
  return value.replace(LINE_BREAK, '\n').replace(CONTROLS_BUT_LF, ' ');
}
