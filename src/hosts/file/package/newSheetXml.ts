import { isDateCell, OutputCell } from '../../../workbook/outputGrid';
import { cellXml } from './cellXml';
import { cellAddress, rangeRef } from './cellRef';
import type { StylesEditor } from './stylesEditor';

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
 * A worksheet part for a sheet the product creates (SPEC §8): a bold header row, frozen; an
 * autofilter over the table; dates as serials with a date style; column widths that fit the
 * longest text of each column (or the widths given), capped at 60 characters.
 *
 * @example
 * newSheetXml({ rows: [['Key'], ['K1']], tableRows: 2, tableColumns: 1 }, styles, false, ns.main)
 */
export function newSheetXml(sheet: NewSheetContent, styles: StylesEditor, date1904: boolean, namespace: string): string {
  const header = styles.boldHeaderStyle();
  let width = 0;
  for (const row of sheet.rows) if (row.length > width) width = row.length;
  // Per column, not per cell: a preview has millions of cells.
  const letters = Array.from({ length: width }, (_, c) => cellAddress(1, c + 1).slice(0, -1));
  // Looked up once, and only when a date is written: a sheet without dates adds no date style.
  let dateStyle: number | undefined;
  let headerDateStyle: number | undefined;
  const dateStyleOf = (i: number): number => (i === 0 ? (headerDateStyle ??= styles.dateStyleFor(header)) : (dateStyle ??= styles.dateStyleFor(0)));
  const rows: string[] = [];
  const longest: number[] = new Array(width).fill(0);
  for (let i = 0; i < sheet.rows.length; i++) {
    const row = sheet.rows[i];
    let cells = '';
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value === null || value === undefined) continue;
      const length = textLength(value) + (i === 0 ? 2 : 0);
      if (length > longest[c]) longest[c] = length;
      const style = isDateCell(value) ? dateStyleOf(i) : i === 0 ? header : 0;
      cells += cellXml(`${letters[c]}${i + 1}`, style, value, date1904);
    }
    if (cells) rows.push(`<row r="${i + 1}">${cells}</row>`);
  }
  const used = rangeRef({ top: 1, left: 1, bottom: Math.max(1, sheet.rows.length), right: Math.max(1, width) });
  const cols = longest.map((chars, c) => {
    const given = sheet.columnWidths?.[c];
    const w = given ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars + 2));
    return `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`;
  });
  const filter =
    sheet.tableRows > 0 && sheet.tableColumns > 0
      ? `<autoFilter ref="${rangeRef({ top: 1, left: 1, bottom: sheet.tableRows, right: sheet.tableColumns })}"/>`
      : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${namespace}">` +
    `<dimension ref="${used}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length ? `<cols>${cols.join('')}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    filter +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
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
