import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { WorkbookGrids } from '../../workbook/sheetGrid';
import { Refusal } from '../refusal';
import { nodeCodecs } from './nodeCodecs';
import { fixturePackage } from './package/testing/packageFixture';
import { PackageWorkbookHost } from './packageWorkbookHost';
import { bytesOf, type StoredData } from './package/byteSource';

const CORPUS = join(__dirname, '../../../../shared/corpus');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.xls[xm]$/.test(f)) : [];
const CODECS = [
  ['Node zlib', nodeCodecs()],
  ['portable fflate', {}],
] as const;

/** The sheets read whole (readWorkbookSync) or streamed (readWorkbook), or the refusal's code. */
async function readBoth(bytes: Uint8Array, codecs: object): Promise<[WorkbookGrids | string, WorkbookGrids | string]> {
  const outcome = async (read: (host: PackageWorkbookHost) => Promise<WorkbookGrids>): Promise<WorkbookGrids | string> => {
    try {
      const grids = await read(PackageWorkbookHost.fromBytes(bytes, codecs));
      for (const sheet of grids.sheets) void sheet.cells; // sheets beyond SPEC §2's are read on demand: read them all here
      return grids;
    } catch (e) {
      if (e instanceof Refusal) return `${e.code}: ${e.message}`;
      throw e;
    }
  };
  return [await outcome(async (host) => host.readWorkbookSync()), await outcome((host) => host.readWorkbook())];
}

/** Rows of varied cells, enough (several MB of XML) for many chunks and rows cut between them. */
function manyRows(count: number): string {
  const rows: string[] = [];
  for (let r = 1; r <= count; r++) {
    rows.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Ωμέγα ${r} ☺ &amp; ${'x'.repeat(r % 97)}</t></is></c><c r="B${r}"><v>${r * 1.5}</v></c>` +
        `<c r="C${r}" t="b"><v>${r % 2}</v></c><c r="D${r}"><f>B${r}*2</f>${r % 5 ? `<v>${r * 3}</v>` : ''}</c></row>`,
    );
  }
  return rows.join('');
}

describe('PackageWorkbookHost.readWorkbook (streamed sheets)', () => {
  it.each(CODECS)('reads a sheet cut into many chunks exactly as reading it whole, with %s', async (_, codecs) => {
    const bytes = fixturePackage([
      { name: 'Members', rows: manyRows(15_000) },
      { name: 'Small', rows: '<row r="2"><c r="B2"><v>7</v></c></row>' },
    ]);
    const [whole, streamed] = await readBoth(bytes, codecs);
    expect(typeof whole).toBe('object');
    expect(streamed).toEqual(whole);
  });

  it.each(CODECS)('reads a UTF-8 BOM, a UTF-16 part and a comment holding </row> as reading them whole, with %s', async (_, codecs) => {
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(
        new Uint16Array([...`<worksheet xmlns="${MAIN}"><sheetData>${manyRows(50)}</sheetData></worksheet>`].map((c) => c.charCodeAt(0))).buffer,
      ),
    ]);
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(`<worksheet xmlns="${MAIN}"><sheetData>${manyRows(8_000)}</sheetData></worksheet>`),
    ]);
    const tricky = `<worksheet xmlns="${MAIN}"><sheetData>${manyRows(8_000)}<!-- </row> --><row r="8001"><c r="A8001"><v><![CDATA[</row>]]></v></c></row></sheetData></worksheet>`;
    const bytes = fixturePackage([{ name: 'A' }, { name: 'B' }, { name: 'C', xml: tricky }], {
      parts: { 'xl/worksheets/sheet1.xml': utf16, 'xl/worksheets/sheet2.xml': bom },
    });
    const [whole, streamed] = await readBoth(bytes, codecs);
    expect(typeof whole).toBe('object');
    expect(streamed).toEqual(whole);
    expect((whole as WorkbookGrids).sheets.map((s) => s.cells.length)).toEqual([50, 8_000, 8_001]);
  });

  it('reads a row whose CDATA holds </row> right when a chunk ends inside it (read again whole)', async () => {
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const xml = `<worksheet xmlns="${MAIN}"><sheetData>${manyRows(3)}<row r="4"><c r="A4" t="str"><v><![CDATA[a</row>b]]></v></c></row></sheetData></worksheet>`;
    const split = xml.indexOf('</row>b') + '</row>'.length;
    // An inflater that hands the part in two chunks, cut right after the </row> inside the CDATA.
    const inflateChunks = async (data: StoredData, _max: number, onChunk: (chunk: Uint8Array) => void): Promise<void> => {
      const whole = inflateRawSync(bytesOf(data));
      const at = Buffer.byteLength(xml.slice(0, split));
      onChunk(whole.subarray(0, at));
      onChunk(whole.subarray(at));
    };
    const grids = await PackageWorkbookHost.fromBytes(fixturePackage([{ name: 'Members', xml }]), { ...nodeCodecs(), inflateChunks }).readWorkbook();
    expect(grids.sheets[0].cells[3]).toEqual(['a</row>b']);
  });

  it('refuses what reading whole refuses, in the same words (a cell past XFD, an unclosed part)', async () => {
    for (const rows of [`${manyRows(5000)}<row r="5001"><c r="XFE5001"><v>1</v></c></row>`, `${manyRows(5000)}<row r="5001"><c r="A5001"><v>1`]) {
      const [whole, streamed] = await readBoth(fixturePackage([{ name: 'Members', rows }]), nodeCodecs());
      expect(typeof whole).toBe('string');
      expect(streamed).toBe(whole);
    }
  });

  it.each(files.length > 0 ? files : ['(no corpus)'])('%s from ../shared/corpus: streamed as read whole', async (file) => {
    if (files.length === 0) return;
    const [whole, streamed] = await readBoth(readFileSync(join(CORPUS, file)), nodeCodecs());
    expect(streamed).toEqual(whole);
  });
});
