import { isoDate } from '../../../engine/dates/isoDate';
import type { OutputCell } from '../../../workbook/outputGrid';
import { CellWrites, patchSheetCells } from './patchSheetCells';
import { minimalStylesXml, StylesEditor } from './stylesEditor';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/>' +
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
  '<cols><col min="1" max="1" width="20" customWidth="1"/><col min="4" max="4" width="12" style="7" customWidth="1"/></cols>';
const TAIL =
  '<mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
const ROWS =
  '<row r="1" spans="1:3"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c><c r="C1" s="1" t="s"><v>2</v></c></row>' +
  '<row r="2" spans="1:3"><c r="A2" s="2"><v>5</v></c><c r="C2" s="3"><f>A2*2</f><v>10</v></c></row>' +
  '<row r="3" spans="1:3"><c r="A3"><v>1</v></c><c r="B3"><v>2</v></c></row>';
const SHEET = HEAD + '<sheetData>' + ROWS + '</sheetData>' + TAIL;

function writes(...cells: [number, number, OutputCell][]): CellWrites {
  const map: CellWrites = new Map();
  for (const [r, c, v] of cells) {
    if (!map.has(r)) map.set(r, new Map());
    map.get(r)!.set(c, v);
  }
  return map;
}

const patch = (xml: string, w: CellWrites, styles = new StylesEditor(minimalStylesXml('urn:x'))) => patchSheetCells(xml, w, styles, false);

describe('patchSheetCells', () => {
  it('styles a header the product adds like the header to its left; other new cells keep Excel’s default', () => {
    const headers = new Map([[1, new Set([5])]]);
    const added = patchSheetCells(SHEET, writes([1, 5, 'Termination Date'], [2, 5, 'x']), new StylesEditor(minimalStylesXml('urn:x')), false, headers).xml;
    expect(added).toContain('<c r="C1" s="1" t="s"><v>2</v></c><c r="E1" s="1" t="inlineStr"><is><t>Termination Date</t></is></c></row>');
    expect(added).toContain('<c r="E2" t="inlineStr"><is><t>x</t></is></c>');
    expect(patch(SHEET, writes([1, 5, 'Termination Date'])).xml).toContain('<c r="E1" t="inlineStr"><is><t>Termination Date</t></is></c>');
  });

  it('replaces a written cell, keeping its style and dropping its formula', () => {
    const result = patch(SHEET, writes([2, 3, 'Lapsed']));
    expect(result.xml).toBe(SHEET.replace('<c r="C2" s="3"><f>A2*2</f><v>10</v></c>', '<c r="C2" s="3" t="inlineStr"><is><t>Lapsed</t></is></c>'));
    expect(result.removedFormula).toBe(true);
  });

  it('inserts new cells in column order and new rows in row order, growing the dimension', () => {
    const { xml, removedFormula } = patch(SHEET, writes([2, 2, 7], [5, 1, true], [4, 3, 'x']));
    expect(xml).toContain('<row r="2" spans="1:3"><c r="A2" s="2"><v>5</v></c><c r="B2"><v>7</v></c><c r="C2" s="3"><f>A2*2</f><v>10</v></c></row>');
    expect(xml).toContain('</row><row r="4"><c r="C4" t="inlineStr"><is><t>x</t></is></c></row><row r="5"><c r="A5" t="b"><v>1</v></c></row></sheetData>');
    expect(xml).toContain('<dimension ref="A1:C5"/>');
    expect(removedFormula).toBe(false);
  });

  it('keeps everything outside the written rows byte for byte', () => {
    const { xml } = patch(SHEET, writes([3, 2, null]));
    expect(xml.startsWith(HEAD + '<sheetData>' + ROWS.slice(0, ROWS.indexOf('<row r="3"')))).toBe(true);
    expect(xml.endsWith('</sheetData>' + TAIL)).toBe(true);
    expect(xml).toContain('<row r="3" spans="1:3"><c r="A3"><v>1</v></c><c r="B3"/></row>');
  });

  it('gives a date the cell’s own date style, or a date copy of its style', () => {
    const styles = new StylesEditor(minimalStylesXml('urn:x'));
    const { xml } = patch(SHEET, writes([2, 1, { date: isoDate('2025-01-01') }], [6, 4, { date: isoDate('2025-01-02') }]), styles);
    expect(xml).toContain('<c r="A2" s="1"><v>45658</v></c>');
    // D has column style 7: the new cell starts from it, as a cell typed there would. This style
    // sheet has no xf 7 (Excel then uses the default), so its date copy is the default's, added once.
    expect(xml).toContain('<row r="6"><c r="D6" s="1"><v>45659</v></c></row>');
    expect(styles.text).toContain('<cellXfs count="2">');
  });

  it('places rows and cells that have no r attribute by their position', () => {
    const bare = HEAD + '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c s="4"><v>3</v></c></row></sheetData>' + TAIL;
    const { xml } = patch(bare, writes([2, 1, 'a'], [2, 3, 'c'], [1, 2, 9]));
    expect(xml).toContain('<sheetData><row r="1"><c><v>1</v></c><c r="B1"><v>9</v></c></row><row r="2"><c r="A2" s="4" t="inlineStr">');
    expect(xml).toContain('<c r="C2" t="inlineStr"><is><t>c</t></is></c></row></sheetData>');
  });

  it('fills an empty <sheetData/>', () => {
    const { xml } = patch(HEAD + '<sheetData/>' + TAIL, writes([1, 1, 'Key']));
    expect(xml).toContain('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Key</t></is></c></row></sheetData><mergeCells');
  });

  it('uses the row style of a formatted row for a new cell', () => {
    const sheet = HEAD + '<sheetData><row r="2" s="9" customFormat="1"><c r="A2" s="9"><v>1</v></c></row></sheetData>' + TAIL;
    expect(patch(sheet, writes([2, 2, 3])).xml).toContain('<c r="B2" s="9"><v>3</v></c>');
  });

  it('works in a sheet whose elements carry a namespace prefix', () => {
    const prefixed = '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(patch(prefixed, writes([1, 2, 'b'])).xml).toBe(
      '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
    );
  });

  it('turns the followers of a shared formula it overwrites into values, so none points at a missing formula', () => {
    const sheet =
      HEAD +
      '<sheetData><row r="2"><c r="B2"><f t="shared" ref="B2:B4" si="0">A2*2</f><v>2</v></c></row><row r="3"><c r="B3"><f t="shared" si="0"/><v>4</v></c></row>' +
      '<row r="4"><c r="B4"><f t="shared" si="0"/><v>6</v></c></row><row r="5"><c r="B5"><f t="shared" si="1"/><v>6</v></c></row></sheetData>' +
      TAIL;
    const { xml } = patch(sheet, writes([2, 2, 1]));
    expect(xml).toContain('<row r="2"><c r="B2"><v>1</v></c></row><row r="3"><c r="B3"><v>4</v></c></row><row r="4"><c r="B4"><v>6</v></c></row>');
    expect(xml).toContain('<row r="5"><c r="B5"><f t="shared" si="1"/><v>6</v></c></row>');
  });
});
