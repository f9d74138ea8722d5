import { EXCEL_LIMITS } from './packageModel';
import { scanSheetXml, SheetScanProblem } from './scanSheetXml';

const options = { ...EXCEL_LIMITS, sharedStrings: ['zero', 'one'] };
const scan = (rows: string, more = {}) =>
  scanSheetXml(`<worksheet><dimension ref="A1:XFD1048576"/><sheetData>${rows}</sheetData></worksheet>`, { ...options, ...more }).rows;

describe('scanSheetXml', () => {
  it('reads every cell type', () => {
    const rows = scan(
      `<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><t>in</t><r><t>line</t></r></is></c><c r="C1" t="str"><f>A1</f><v>f_x000D_</v></c>` +
        `<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1"><v> 8595602512225 </v></c><c r="G1" t="d"><v>2026-11-21</v></c><c r="H1" s="3"/></row>`,
    );
    expect(rows.get(1)).toEqual(['one', 'inline', 'f\r', true, { error: '#N/A' }, 8595602512225, new Date(Date.UTC(2026, 10, 21))]);
  });

  it('reads whole numbers and shared-string indices in place exactly as text would read', () => {
    const rows = scan(
      `<row r="1"><c t="s"><v>0</v></c><c t="s"><v>001</v></c><c><v>007</v></c><c><v>123456789012345</v></c><c><v>1234567890123456789</v></c>` +
        `<c><v>12<![CDATA[3]]></v></c><c><v>-4</v></c><c><v>4.5</v></c><c><v>1E3</v></c><c t="str"><v>0042</v></c><c t="b"><v>0</v></c><c><f>1+1</f><v>2</v></c></row>`,
    );
    // Past 15 digits the text path's Number() rounds: the same double either way.
    expect(rows.get(1)).toEqual(['zero', 'one', 7, 123456789012345, Number('1234567890123456789'), 123, -4, 4.5, 1000, '0042', false, 2]);
    expect(() => scan('<row><c t="s"><v>2</v></c></row>')).toThrow(/refers to shared string 2, which the workbook lacks/);
  });

  it('reads inline strings in CDATA, phonetic runs left out, and entities', () => {
    const rows = scan(
      `<row><c t="inlineStr"><is><t><![CDATA[<a&b>]]></t></is></c><c t="inlineStr"><is><t>東</t><rPh><t>ひがし</t></rPh></is></c><c t="str"><v>&lt;&amp;</v></c></row>`,
    );
    expect(rows.get(1)).toEqual(['<a&b>', '東', '<&']);
  });

  it('numbers rows and cells without r after their predecessors', () => {
    const rows = scan(
      `<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c><v>3</v></c><c r="D4"><v>4</v></c><c><v>5</v></c></row><row><c><v>6</v></c></row>`,
    );
    expect([...rows]).toEqual([
      [1, [1, 2]],
      [4, [3, null, null, 4, 5]],
      [5, [6]],
    ]);
  });

  it('reads a formula without a cached value as a pseudo error, and text too long as another', () => {
    const rows = scan(
      `<row r="1"><c r="A1"><f>1+1</f></c><c r="B1"><f>1+1</f><v></v></c><c r="C1" t="str"><f>""</f><v></v></c><c r="D1" t="inlineStr"><is><t>${'x'.repeat(11)}</t></is></c></row>`,
      {
        maxCellChars: 10,
      },
    );
    expect(rows.get(1)).toEqual([{ error: '#UNCALCULATED' }, { error: '#UNCALCULATED' }, '', { error: '#TOOLONG' }]);
  });

  it('ignores the declared dimension and any namespace prefix', () => {
    const xml = `<x:worksheet xmlns:x="urn:x"><x:dimension ref="A1:XFD1048576"/><x:sheetData><x:row r="7"><x:c r="C7" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    expect([...scanSheetXml(xml, options).rows]).toEqual([[7, [null, null, 'a']]]);
  });

  it.each([
    ['<row r="1"><c r="XFE1"><v>1</v></c></row>', 'beyondGrid'],
    ['<row r="1048577"><c><v>1</v></c></row>', 'beyondGrid'],
    ['<row r="1"><c r="A1" t="s"><v>7</v></c></row>', 'unreadable'],
    ['<row r="1"><c r="1A"><v>1</v></c></row>', 'unreadable'],
    ['<row r="1"><c r="A1"><v>1', 'unreadable'],
  ])('refuses %j', (rows, kind) => {
    expect(() => scan(rows)).toThrow(SheetScanProblem);
    try {
      scan(rows);
    } catch (e) {
      expect((e as SheetScanProblem).kind).toBe(kind);
    }
  });

  it('refuses a DTD', () => {
    expect(() => scanSheetXml('<!DOCTYPE x [<!ENTITY a "b">]><worksheet><sheetData/></worksheet>', options)).toThrow(SheetScanProblem);
  });
});
