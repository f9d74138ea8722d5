import { dateToSerial } from '../../../workbook/cells/excelSerial';
import { isDateCell, OutputCell } from '../../../workbook/outputGrid';
import { cellXml } from './cellXml';
import { cellAddress, rangeRef } from './cellRef';
import { numberText } from './numberText';
import type { StylesEditor } from './stylesEditor';
import { Utf8Sink } from './utf8Sink';
import { escapeCellText } from './xmlText';

/** What a new sheet holds: rows (header first), the table's size, and widths when the command chose them. */
export interface NewSheetContent {
  rows: readonly (readonly OutputCell[])[];
  tableRows: number;
  tableColumns: number;
  columnWidths?: readonly number[];
}

/** Widths are capped so one long note does not make a column wider than a screen. */
const MAX_WIDTH = 60;
const MIN_WIDTH = 8;

/**
 * A worksheet part for a sheet the product creates (SPEC §8), as UTF-8: a bold header row,
 * frozen; an autofilter over the table; dates as serials with a date style; column widths that
 * fit the longest text of each column (or the widths given), capped at 60 characters.
 *
 * Built for size (a 1,000,000-row preview is ~1 GB of XML): the pieces of a cell that depend
 * only on its column are made once, plain text (the usual case) skips escaping and
 * `xml:space`, a date repeated down a column reuses its serial's text, and every piece goes
 * straight into a UTF-8 buffer ({@link Utf8Sink}): no string per cell, none for the part.
 *
 * @example
 * newSheetXml({ rows: [['Key'], ['K1']], tableRows: 2, tableColumns: 1 }, styles, false, ns.main) // → the part's bytes
 */
export function newSheetXml(sheet: NewSheetContent, styles: StylesEditor, date1904: boolean, namespace: string): Uint8Array {
  const sink = new Utf8Sink(estimateBytes(sheet));
  const layout = writeNewSheetXml(sheet, styles, date1904, namespace, sink, Infinity);
  while (!layout.next().done);
  return sink.bytes();
}

/**
 * Adds to `styles` the styles {@link writeNewSheetXml} will use for `sheet`, as it would add
 * them: the bold header style; the header's date style when a header cell is a date; the date
 * style when a cell below it is. Laid out afterwards, the sheet adds no style, so sheets can be
 * laid out while other parts are patched without the styles' numbers depending on the timing.
 *
 * @example
 * addNewSheetStyles({ rows: [['Due'], [{ date: isoDate('2026-01-31') }]], tableRows: 2, tableColumns: 1 }, styles);
 * // styles now has the bold header style and a yyyy-mm-dd date style
 */
export function addNewSheetStyles(sheet: NewSheetContent, styles: StylesEditor): void {
  const header = styles.boldHeaderStyle();
  const [first, ...rest] = sheet.rows;
  if (first?.some((value) => value !== null && value !== undefined && isDateCell(value))) styles.dateStyleFor(header);
  for (const row of rest) {
    for (const value of row) {
      if (value !== null && value !== undefined && isDateCell(value)) {
        styles.dateStyleFor(0);
        return;
      }
    }
  }
}

/**
 * {@link newSheetXml} written into `sink`, pausing (a `yield`) after each row that leaves at
 * least `pauseBytes` in it, so that a caller can hand those bytes on (to a deflater on another
 * thread) and let that work run while the rest is laid out. The styles a sheet needs are added
 * to `styles` as it is written.
 *
 * @example
 * const layout = writeNewSheetXml(sheet, styles, false, ns.main, sink, 1 << 21);
 * while (!layout.next().done) deflater.write(sink.swap(next));
 */
export function* writeNewSheetXml(
  sheet: NewSheetContent,
  styles: StylesEditor,
  date1904: boolean,
  namespace: string,
  sink: Utf8Sink,
  pauseBytes: number,
): Generator<void, void, void> {
  const header = styles.boldHeaderStyle();
  let width = 0;
  for (const row of sheet.rows) if (row.length > width) width = row.length;
  // Per column, not per cell: a preview has millions of cells.
  const refOpen = Array.from({ length: width }, (_, c) => `<c r="${cellAddress(1, c + 1).slice(0, -1)}`);
  // Looked up once, and only when a date is written: a sheet without dates adds no date style.
  let dateOpen: string | undefined;
  const lastDate: number[] = new Array(width).fill(NaN);
  const lastSerial: string[] = new Array(width).fill('');
  const used = rangeRef({ top: 1, left: 1, bottom: Math.max(1, sheet.rows.length), right: Math.max(1, width) });
  sink.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${namespace}">` +
      `<dimension ref="${used}"/>` +
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      colsXml(sheet, width) +
      '<sheetData>',
  );
  for (let i = 0; i < sheet.rows.length; i++) {
    const row = sheet.rows[i];
    if (!row.some((value) => value !== null && value !== undefined)) continue;
    const r = i + 1;
    sink.write('<row r="');
    sink.writeInt(r);
    sink.write('">');
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value === null || value === undefined) continue;
      if (i === 0) {
        sink.write(cellXml(`${refOpen[c].slice(6)}1`, isDateCell(value) ? styles.dateStyleFor(header) : header, value, date1904));
        continue;
      }
      // Piece by piece into the sink: no string is made for the cell.
      sink.write(refOpen[c]);
      sink.writeInt(r);
      if (typeof value === 'string') {
        if (isPlainText(value)) {
          sink.write('" t="inlineStr"><is><t>');
          sink.write(value);
        } else {
          sink.write(`" t="inlineStr"><is><t${spaceAttr(value)}>`);
          sink.write(escapeCellText(value));
        }
        sink.write('</t></is></c>');
      } else if (typeof value === 'number') {
        sink.write('"><v>');
        sink.write(numberText(value));
        sink.write('</v></c>');
      } else if (typeof value === 'boolean') {
        sink.write(value ? '" t="b"><v>1</v></c>' : '" t="b"><v>0</v></c>');
      } else {
        dateOpen ??= `" s="${styles.dateStyleFor(0)}"><v>`;
        if (value.date !== lastDate[c]) {
          lastDate[c] = value.date;
          lastSerial[c] = numberText(dateToSerial(value.date, date1904));
        }
        sink.write(dateOpen);
        sink.write(lastSerial[c]);
        sink.write('</v></c>');
      }
    }
    sink.write('</row>');
    if (sink.size >= pauseBytes) yield;
  }
  const filter =
    sheet.tableRows > 0 && sheet.tableColumns > 0
      ? `<autoFilter ref="${rangeRef({ top: 1, left: 1, bottom: sheet.tableRows, right: sheet.tableColumns })}"/>`
      : '';
  sink.write(`</sheetData>${filter}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`);
}

/** `<cols>` with widths that fit each column's longest text (the header's bold counts 2 more), or the widths given. */
function colsXml(sheet: NewSheetContent, width: number): string {
  if (width === 0) return '';
  const longest: number[] = new Array(width).fill(0);
  for (let i = 0; i < sheet.rows.length; i++) {
    const row = sheet.rows[i];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value === null || value === undefined) continue;
      const length = textLength(value) + (i === 0 ? 2 : 0);
      if (length > longest[c]) longest[c] = length;
    }
  }
  const cols = longest.map((chars, c) => {
    const given = sheet.columnWidths?.[c];
    const w = given ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars + 2));
    return `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`;
  });
  return `<cols>${cols.join('')}</cols>`;
}

/** A generous guess at the part's size (64 bytes a cell; a preview cell takes ~50), so the buffer rarely grows: pages never written are never touched, so the spare costs no memory. */
function estimateBytes(sheet: NewSheetContent): number {
  let columns = 0;
  for (const row of sheet.rows) if (row.length > columns) columns = row.length;
  return Math.min(2 ** 30, Math.max(1 << 16, sheet.rows.length * columns * 64));
}

/** Text that needs neither escaping nor `xml:space`: no markup or control characters, and printable ASCII at both ends. */
function isPlainText(value: string): boolean {
  if (value.length === 0 || NEEDS_CARE.test(value)) return false;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  return first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f;
}

// eslint-disable-next-line no-control-regex
const NEEDS_CARE = /[\x00-\x1f&<>"_\ud800-\udfff\ufffe\uffff]/;

/** `xml:space="preserve"` where a reader would otherwise trim the text's whitespace. */
function spaceAttr(value: string): string {
  return /^\s|\s$|[\t\n]/.test(value) ? ' xml:space="preserve"' : '';
}

/** Characters a value shows in a cell, for its column's width. */
function textLength(value: Exclude<OutputCell, null>): number {
  if (typeof value === 'string') {
    if (!value.includes('\n')) return value.length;
    return value.split('\n').reduce((longest, line) => Math.max(longest, line.length), 0);
  }
  if (typeof value === 'boolean') return 5;
  if (isDateCell(value)) return 10;
  return String(value).length;
}
