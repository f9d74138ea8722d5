import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { isoDate } from '../../../engine/dates/isoDate';
import type { OutputCell } from '../../../workbook/outputGrid';
import { nodeCodecs } from '../nodeCodecs';
import { PORTABLE_CODECS, resolveCodecs } from './packageCodecs';
import type { PackageEntry, StoredEntry } from './packageModel';
import type { CellWrites } from './patchSheetCells';
import { NeedsWholePart, piecesText, SheetCellPatcher } from './patchSheetCells';
import { patchStreamed, patchWhole, type PatchTask } from './patchTasks';
import { minimalStylesXml, StylesEditor } from './stylesEditor';
import { crc32 } from './crc32';
import { bytesOf } from './byteSource';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const codecs = resolveCodecs(nodeCodecs());

function stored(xml: string | Uint8Array): StoredEntry {
  const content = typeof xml === 'string' ? new TextEncoder().encode(xml) : xml;
  const data = deflateRawSync(content);
  return {
    kind: 'stored',
    name: 'xl/worksheets/sheet1.xml',
    method: 8,
    crc32: crc32(0, content),
    compressedSize: data.length,
    size: content.length,
    flags: 0,
    modTime: 0,
    modDate: 33,
    data,
  };
}

/** A sheet of `count` rows (several MB: many chunks), with non-ASCII text, a formula and a date style. */
function sheet(count: number, inData = ''): string {
  const rows: string[] = [];
  for (let r = 1; r <= count; r++) {
    rows.push(
      `<row r="${r}" spans="1:3"><c r="A${r}" t="inlineStr"><is><t>Ωμέγα ☺ ${r}</t></is></c><c r="B${r}" s="1"><v>${r}</v></c><c r="C${r}"><f>B${r}*2</f><v>${2 * r}</v></c></row>`,
    );
  }
  return `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><dimension ref="A1:C${count}"/><sheetData>${rows.join('')}${inData}</sheetData><pageMargins left="0.7"/></worksheet>`;
}

function writesEvery(step: number, count: number): CellWrites {
  const writes: CellWrites = new Map();
  for (let r = 3; r <= count + 5; r += step)
    writes.set(
      r,
      new Map<number, OutputCell>([
        [3, `Ünïcode ${r}`],
        [5, { date: isoDate(`2026-11-${String((r % 28) + 1).padStart(2, '0')}`) }],
      ]),
    );
  return writes;
}

const task = (source: StoredEntry, writes: CellWrites): PatchTask => ({
  kind: 'patch',
  source,
  writes,
  styles: new StylesEditor(minimalStylesXml(MAIN)),
  date1904: false,
});
const content = (entry: PackageEntry): string => new TextDecoder().decode(entry.kind === 'stored' ? inflateRawSync(bytesOf(entry.data)) : entry.content);

describe('patchStreamed', () => {
  it('gives the bytes patching the whole part gives, over many chunks, with the CRC and size of its content', async () => {
    const source = stored(sheet(40_000));
    const whole = patchWhole(task(source, writesEvery(7, 40_000)), codecs);
    const streamed = await patchStreamed(task(source, writesEvery(7, 40_000)), codecs);
    expect(streamed.entry.kind).toBe('stored');
    const text = content(streamed.entry);
    expect(text === content(whole.entry)).toBe(true);
    expect(text.includes('<c r="C10" t="inlineStr"><is><t>Ünïcode 10</t></is></c>')).toBe(true);
    expect(text.includes('<dimension ref="A1:E40001"/>')).toBe(true);
    expect((streamed.entry as StoredEntry).crc32).toBe(crc32(0, new TextEncoder().encode(text)));
    expect((streamed.entry as StoredEntry).size).toBe(new TextEncoder().encode(text).length);
    expect(streamed.removedFormula).toBe(whole.removedFormula);
    expect(streamed.removedFormula).toBe(true);
  });

  it('patches whole (same result) a part whose sheet data holds a comment or CDATA', async () => {
    const tricky = sheet(20_000, '<!-- </row> --><row r="20001"><c r="A20001" t="str"><v><![CDATA[a</row>b]]></v></c></row>');
    for (const source of [stored(tricky)]) {
      const whole = patchWhole(task(source, writesEvery(3, 200)), codecs);
      const streamed = await patchStreamed(task(source, writesEvery(3, 200)), codecs);
      expect(content(streamed.entry) === content(whole.entry)).toBe(true);
    }
  });

  it('patches a UTF-16 part (read as UTF-16, written back as UTF-8 saying so)', async () => {
    const xml = sheet(200).replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>');
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...xml].map((c) => c.charCodeAt(0))).buffer)]);
    const text = content((await patchStreamed(task(stored(utf16), writesEvery(3, 200)), codecs)).entry);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?><worksheet')).toBe(true);
    expect(text.includes('<c r="C3" t="inlineStr"><is><t>Ünïcode 3</t></is></c>')).toBe(true);
    expect(text.includes('Ωμέγα ☺ 200')).toBe(true);
  });

  it('patches whole without the streaming codecs', async () => {
    const source = stored(sheet(100));
    const outcome = await patchStreamed(task(source, writesEvery(5, 100)), PORTABLE_CODECS);
    expect(outcome.entry.kind).toBe('new');
  });
});

describe('SheetCellPatcher', () => {
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('fed rows piece by piece, gives what patching all at once gives, new rows past the last one included', () => {
    const xml = bytes(sheet(50));
    const end = bytes('</row>');
    const cutAfter = (from: number): number => xml.findIndex((_, i) => i >= from && end.every((b, k) => xml[i + k] === b)) + end.length;
    const cuts = [cutAfter(300), cutAfter(3000)];
    const pieces = [xml.subarray(0, cuts[0]), xml.subarray(cuts[0], cuts[1]), xml.subarray(cuts[1])];
    const fed = new SheetCellPatcher(writesEvery(4, 50), new StylesEditor(minimalStylesXml(MAIN)), false);
    // Each feed's pieces are taken before the next feed (byte runs are views of what was fed).
    const out = pieces.map((piece, i) => piecesText(fed.feed(piece, i === pieces.length - 1))).join('');
    const once = piecesText(new SheetCellPatcher(writesEvery(4, 50), new StylesEditor(minimalStylesXml(MAIN)), false).feed(xml, true));
    expect(out).toBe(once);
    expect(out.includes('<row r="55"><c r="C55" t="inlineStr"><is><t>Ünïcode 55</t></is></c>')).toBe(true);
    expect(out.includes('<c r="A54" t="inlineStr"><is><t>Ωμέγα ☺ 54</t></is></c>')).toBe(false);
    expect(out.includes('<c r="A50" t="inlineStr"><is><t>Ωμέγα ☺ 50</t></is></c>')).toBe(true);
  });

  it('passes unwritten rows on as the input’s own bytes, and decodes only the rows it writes', () => {
    const xml = bytes(sheet(30));
    const pieces = new SheetCellPatcher(writesEvery(10, 20), new StylesEditor(minimalStylesXml(MAIN)), false).feed(xml, true);
    const runs = pieces.filter((piece): piece is Uint8Array => typeof piece !== 'string');
    expect(runs.every((run) => run.buffer === xml.buffer)).toBe(true);
    const texts = pieces.filter((piece): piece is string => typeof piece === 'string');
    expect(texts.filter((t) => t.startsWith('<row')).map((t) => /r="(\d+)"/.exec(t)?.[1])).toEqual(['3', '13', '23']);
  });

  it('throws NeedsWholePart for a comment in the sheet data before the last piece, and skips it in the last', () => {
    const xml = sheet(10, '<!-- <row r="99"><c r="A99"/></row> -->');
    const writes: CellWrites = new Map([[99, new Map<number, OutputCell>([[1, 'new']])]]);
    expect(() => new SheetCellPatcher(writes, new StylesEditor(minimalStylesXml(MAIN)), false).feed(bytes(xml), false)).toThrow(NeedsWholePart);
    const out = piecesText(new SheetCellPatcher(writes, new StylesEditor(minimalStylesXml(MAIN)), false).feed(bytes(xml), true));
    expect(out).toContain('<!-- <row r="99"><c r="A99"/></row> --><row r="99"><c r="A99" t="inlineStr"><is><t>new</t></is></c></row></sheetData>');
  });

  it.each([
    ['rows with and without r, new rows between and after', () => sheet(400).replace(/<row r="(1\d)" /g, '<row ')],
    ['a text that looks like a row number', () => sheet(60).replace('Ωμέγα ☺ 20<', 'a r="23" b<')],
    ['rows missing from the sheet', () => sheet(300).replace(/<row r="(\d*[05])".*?<\/row>/g, '')],
  ])('gives the same part skipping rows by native search as reading them one by one: %s', (_, make) => {
    const xml = bytes(make());
    const writes = writesEvery(5, 320);
    const byRow = piecesText(new SheetCellPatcher(writes, new StylesEditor(minimalStylesXml(MAIN)), false).feed(xml, true));
    const skipping = new SheetCellPatcher(writes, new StylesEditor(minimalStylesXml(MAIN)), false, new Map(), codecs.search);
    expect(piecesText(skipping.feed(xml, true)) === byRow).toBe(true);
    expect(byRow.includes('<c r="C318" t="inlineStr"><is><t>Ünïcode 318</t></is></c>')).toBe(true);
  });

  it('refuses a part that ends inside its sheet data', () => {
    const xml = sheet(10).replace(/<\/sheetData>.*$/, '');
    expect(() => new SheetCellPatcher(writesEvery(4, 5), new StylesEditor(minimalStylesXml(MAIN)), false).feed(bytes(xml), true)).toThrow(
      'ends inside its <sheetData>',
    );
  });
});
