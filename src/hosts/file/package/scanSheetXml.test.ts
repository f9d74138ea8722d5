import { EXCEL_LIMITS } from './packageModel';
import { scanSheetBytes, scanSheetXml, SheetScanProblem } from './scanSheetXml';

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

describe('scanSheetBytes', () => {
  const part = (rows: string) => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const bytes = (...pieces: (string | number[])[]) => new Uint8Array(pieces.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
  const scanBytes = (b: Uint8Array, more = {}) => scanSheetBytes(b, { ...options, ...more }).rows;
  const texts =
    `<row r="1"><c t="str"><v>Ωμέγα &amp; ζ</v></c><c t="inlineStr"><is><t>Привет</t><r><t> мир</t></r></is></c><c t="str"><v>👨‍👩‍👧 😀</v></c>` +
    `<c t="str"><v>é</v></c><c t="inlineStr"><is><t><![CDATA[日本<語>]]></t></is></c><c t="e"><v>#ΟΝΟΜΑ?</v></c><c t="d"><v>2026-11-21T08:30:00</v></c></row>`;
  const expected = ['Ωμέγα & ζ', 'Привет мир', '👨‍👩‍👧 😀', 'é', '日本<語>', { error: '#ΟΝΟΜΑ?' }, new Date(Date.UTC(2026, 10, 21, 8, 30))];

  it('reads text beyond ASCII: Greek, Cyrillic, emoji (surrogate pairs), a multibyte character right before <, CDATA', () => {
    expect(scanBytes(utf8(part(texts))).get(1)).toEqual(expected);
    expect(scanSheetXml(part(texts), options).rows.get(1)).toEqual(expected);
  });

  it('reads non-ASCII in a namespaced part, in attributes it does not need and in phonetic runs it leaves out', () => {
    const xml = `<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="2" x:note="Ü"><x:c r="B2" t="inlineStr" x:why="ß"><x:is><x:t>東京</x:t><x:rPh><x:t>とうきょう</x:t></x:rPh></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    expect([...scanBytes(utf8(xml))]).toEqual([[2, [null, '東京']]]);
  });

  it('skips a UTF-8 byte-order mark, and keeps a U+FEFF that starts a cell as text', () => {
    const xml = part(`<row r="1"><c t="str"><v>\uFEFFa</v></c><c t="str"><v>b</v></c></row>`);
    expect(scanBytes(bytes([0xef, 0xbb, 0xbf], xml)).get(1)).toEqual(['\uFEFFa', 'b']);
  });

  it('reads a UTF-16 part (little- and big-endian, by its byte-order mark)', () => {
    const le = new Uint8Array(Buffer.from(`\uFEFF${part(texts)}`, 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    expect([le[0], le[1], be[0], be[1]]).toEqual([0xff, 0xfe, 0xfe, 0xff]);
    expect(scanBytes(le).get(1)).toEqual(expected);
    expect(scanBytes(be).get(1)).toEqual(expected);
  });

  it('reads bytes that are not UTF-8 as U+FFFD, as decoding the whole part did', () => {
    const b = bytes(
      `<worksheet><sheetData><row r="1"><c t="str"><v>a`,
      [0xff],
      `b</v></c><c t="str"><v>x`,
      [0xe2, 0x82],
      `</v></c><c t="inlineStr"><is><t>`,
      [0xc3],
      `</t></is></c></row></sheetData></worksheet>`,
    );
    expect(scanBytes(b).get(1)).toEqual(['a\uFFFDb', 'x\uFFFD', '\uFFFD']);
    expect(scanBytes(b).get(1)).toEqual(scanSheetXml(new TextDecoder().decode(b), options).rows.get(1));
  });

  it('counts text against 32,767 characters in UTF-16 units, not bytes', () => {
    const cells = (...values: string[]) => part(`<row r="1">${values.map((v) => `<c t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`);
    const row = scanBytes(utf8(cells('é'.repeat(32_767), 'é'.repeat(32_768), `${'😀'.repeat(16_383)}ж`, '😀'.repeat(16_384), `${'a'.repeat(32_766)}€`))).get(
      1,
    )!;
    expect(row.map((c) => (typeof c === 'string' ? c.length : c))).toEqual([32_767, { error: '#TOOLONG' }, 32_767, { error: '#TOOLONG' }, 32_767]);
    expect(row[2]).toBe(`${'😀'.repeat(16_383)}ж`);
  });

  it('refuses a DTD and unreadable bytes with the same words as the text scanner', () => {
    expect(() => scanBytes(utf8('<!DOCTYPE x><worksheet><sheetData/></worksheet>'))).toThrow(/declares a DTD/);
    expect(() => scanBytes(utf8(part('<row r="1"><c r="Ω1"><v>1</v></c></row>')))).toThrow("a cell at 'Ω1'");
    expect(() => scanBytes(utf8('<worksheet><sheetData><row r="1"><c><v>1'))).toThrow('text without its closing tag');
  });
});

describe('scanSheetXml with a selection', () => {
  // Keep the rows through the header (and the first two) whole, then the Key and Include columns.
  const select = { topRows: 2, columns: (header: readonly unknown[]) => header.flatMap((c, i) => (c === 'Key' || c === 'Include' ? [i] : [])) };
  const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const header = `<row r="1">${inline('A1', 'Key')}${inline('B1', 'Name')}${inline('C1', 'Include')}${inline('D1', 'Note')}</row>`;
  const summary = `<row r="2">${inline('F2', 'As Of')}<c r="G2"><v>46347</v></c></row>`;
  const data = (r: number, rest: string) => `<row r="${r}">${inline(`A${r}`, `k${r}`)}${inline(`B${r}`, 'Ann')}${inline(`C${r}`, 'No')}${rest}</row>`;

  /** The cells of a full read that the selection keeps: what a selected read must give. */
  function expected(rows: Map<number, unknown[]>): Map<number, unknown[]> {
    const out = new Map<number, unknown[]>();
    for (const [r, cells] of rows) {
      if (r <= 2) out.set(r, cells);
      else if (cells[0] !== undefined || cells[2] !== undefined) out.set(r, [cells[0], null, cells[2]]);
    }
    return out;
  }

  it.each([
    ['plain cells right of the last column kept', `<c r="D3"><v>1</v></c><c r="E3" t="s"><v>1</v></c>`],
    ['rich text and phonetic runs', `<c r="D3" t="inlineStr"><is><r><rPr><b/></rPr><t>bold</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c>`],
    ['a formula', `<c r="D3"><f>A3&amp;"&lt;/row&gt;"</f><v>k3</v></c>`],
    ['CDATA holding a closing row tag', `<c r="D3" t="inlineStr"><is><t><![CDATA[</row><row r="9"><c r="A9"><v>1</v></c>]]></t></is></c>`],
    ['a comment holding a closing row tag', `<!-- </row><row r="8"><c r="A8"><v>1</v></c> --><c r="D3"><v>2</v></c>`],
    ['nothing', ''],
  ])('reads only the cells kept, the same as a full read, past %s', (_, rest) => {
    const xml = header + summary + data(3, rest) + data(4, `<c r="D4"><v>5</v></c>`) + data(5, '');
    const full = scan(xml);
    const selected = scanSheetXml(`<worksheet><sheetData>${xml}</sheetData></worksheet>`, { ...options, select });
    expect(selected.selectionBroken).toBe(false);
    expect(selected.rows).toEqual(expected(full));
  });

  it('reads prefixed markup the same way', () => {
    const xml = `<x:worksheet xmlns:x="s"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Key</x:t></x:is></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Include</x:t></x:is></x:c></x:row>
      <x:row r="2"><x:c r="A2"><x:v>0</x:v></x:c></x:row><x:row r="3"><x:c r="A3"><x:v>1</x:v></x:c><x:c r="B3"><x:v>2</x:v></x:c><x:c r="C3"><x:v>3</x:v></x:c><x:c r="D3"><x:v>4</x:v></x:c></x:row>
      <x:row r="4"><x:c r="D4"><x:v>5</x:v></x:c></x:row><x:row r="5"><x:c r="C5"><x:v>6</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect([...scanSheetXml(xml, { ...options, select }).rows]).toEqual([
      [1, ['Key', null, 'Include']],
      [2, [0]],
      [3, [1, null, 3]],
      [5, [null, null, 6]],
    ]);
  });

  it('says the selection is broken when rows come out of order (the caller reads whole)', () => {
    const xml = header + summary + data(5, '') + data(4, '') + data(6, '');
    const selected = scanSheetXml(`<worksheet><sheetData>${xml}</sheetData></worksheet>`, { ...options, select });
    expect(selected.selectionBroken).toBe(true);
    expect(scanSheetXml(`<worksheet><sheetData>${header + data(3, '') + data(4, '')}</sheetData></worksheet>`, { ...options, select }).selectionBroken).toBe(
      false,
    );
  });
});
