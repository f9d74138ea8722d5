import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { isoDate } from '../../../engine/dates/isoDate';
import type { SheetWrite } from '../../../workbook/outputGrid';
import { crc32 } from './crc32';
import { entryText } from './entryBytes';
import type { OpenedPackage, SheetEdit, StoredEntry } from './packageModel';
import { nodeCodecs } from '../nodeCodecs';
import { resolveCodecs } from './packageCodecs';
import { savePackage, savePackagePiecesAsync } from './savePackage';
import { joinPieces } from './writeZip';
import { featureWorkbook, MEMBERS_HEAD, MEMBERS_TAIL } from './testing/featureWorkbook';
import { openTestPackage } from './testing/openTestPackage';
import { bytesOf } from './byteSource';

const input = openTestPackage(featureWorkbook());

function save(edits: SheetEdit[], pkg: OpenedPackage = input): { out: OpenedPackage; bytes: Uint8Array } {
  const bytes = savePackage(pkg, edits);
  return { out: openTestPackage(bytes), bytes };
}

const text = (pkg: OpenedPackage, name: string): string => entryText(pkg.entries.get(name)!);

/** Every entry of `before` not in `changed` is in `after` with the same compressed bytes and the same content. */
function expectUntouched(before: OpenedPackage, after: OpenedPackage, changed: string[]): void {
  for (const [name, entry] of before.entries) {
    if (changed.includes(name)) continue;
    const kept = after.entries.get(name) as StoredEntry;
    expect([name, kept && Buffer.from(bytesOf(kept.data)).equals(Buffer.from(bytesOf((entry as StoredEntry).data)))]).toEqual([name, true]);
    expect(text(after, name)).toBe(text(before, name));
  }
}

/** A valid zip whose every CRC matches its content. */
function expectValidZip(bytes: Uint8Array): void {
  const files = unzipSync(bytes);
  for (const entry of openTestPackage(bytes).entries.values()) {
    const e = entry as StoredEntry;
    const content = e.method === 0 ? bytesOf(e.data) : inflateSync(bytesOf(e.data));
    expect([e.name, crc32(0, content)]).toEqual([e.name, e.crc32]);
    expect(files[e.name]).toEqual(content);
  }
}

const cell = (bytes: Uint8Array, sheet: string, ref: string): XLSX.CellObject | undefined =>
  XLSX.read(bytes, { type: 'array', cellDates: true, cellNF: true }).Sheets[sheet][ref] as XLSX.CellObject | undefined;

const PREVIEW: SheetWrite = {
  name: 'Preview R1',
  rows: [
    ['Key', 'Action', 'End Date', 'Include', 'Amount', 'Note'],
    ['K1', 'renew', { date: isoDate('2026-01-31') }, true, 12.5, '=1+1'],
    ['K2', 'notify', { date: isoDate('1900-03-01') }, false, -0.1, 'Zoë ✓ 😀 _x000D_ a\rb'],
    ['K3', 'drop', null, true, 1e21, 'x'.repeat(5000)],
  ],
  tableRows: 4,
  tableColumns: 6,
  tableName: 'Preview_R1',
};

describe('savePackage', () => {
  it('changes nothing but the written cells of a sheet: every other part stays byte-identical', () => {
    const { out, bytes } = save([
      {
        kind: 'cells',
        writes: [
          { sheet: 'members', row: 2, column: 2, value: 'Anne' },
          { sheet: 'Members', row: 3, column: 4, value: 40 }, // over a formula, in a `0.00 "USD"` cell
          { sheet: 'Members', row: 2, column: 3, value: { date: isoDate('2026-01-01') } }, // a date cell keeps its date style
          { sheet: 'Members', row: 2, column: 5, value: { date: isoDate('2026-02-01') } }, // a new cell gets a date style
          { sheet: 'Members', row: 4, column: 1, value: 'M3' },
          { sheet: 'Members', row: 2, column: 2, value: 'Ann B.' }, // the later write wins
        ],
      },
    ]);
    expectValidZip(bytes);
    expectUntouched(input, out, ['xl/worksheets/sheet1.xml', 'xl/styles.xml']);
    const members = text(out, 'xl/worksheets/sheet1.xml');
    expect(members.startsWith(MEMBERS_HEAD.replace('A1:D3', 'A1:E4') + '<sheetData>')).toBe(true);
    expect(members.endsWith('</sheetData>' + MEMBERS_TAIL)).toBe(true);
    expect(members).toContain('<c r="D3" s="2"><v>40</v></c>');
    expect(members).toContain('<c r="C2" s="3"><v>46023</v></c>');
    expect(members).toContain('<c r="E2" s="4"><v>46054</v></c>');
    expect(text(out, 'xl/styles.xml')).toContain('<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/>');
    expect(cell(bytes, 'Members', 'B2')?.v).toBe('Ann B.');
    expect(cell(bytes, 'Members', 'D3')).toMatchObject({ v: 40, z: '0.00 "USD"' });
    expect(cell(bytes, 'Members', 'E2')?.v).toEqual(new Date(Date.UTC(2026, 1, 1)));
    expect(cell(bytes, 'Members', 'A4')?.v).toBe('M3');
  });

  it('adds a new sheet last: bold frozen header, filter, dates, widths; workbook, rels and types edited, not rewritten', () => {
    const { out, bytes } = save([{ kind: 'replace', sheet: PREVIEW }]);
    expectValidZip(bytes);
    expectUntouched(input, out, ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml']);
    expect(text(out, 'xl/workbook.xml')).toBe(
      text(input, 'xl/workbook.xml').replace('</sheets>', '<sheet name="Preview R1" sheetId="5" r:id="rId8"/></sheets>'),
    );
    expect(text(out, 'xl/_rels/workbook.xml.rels')).toBe(
      text(input, 'xl/_rels/workbook.xml.rels').replace(
        '</Relationships>',
        '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet5.xml"/></Relationships>',
      ),
    );
    expect(text(out, '[Content_Types].xml')).toBe(
      text(input, '[Content_Types].xml').replace(
        '</Types>',
        '<Override PartName="/xl/worksheets/sheet5.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    );
    const sheet = text(out, 'xl/worksheets/sheet5.xml');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<autoFilter ref="A1:F4"/>');
    expect(sheet).toContain('<c r="A1" s="4" t="inlineStr">');
    expect(text(out, 'xl/styles.xml')).toContain('<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>');
    expect(sheet).toMatch(/<col min="6" max="6" width="60" customWidth="1"\/>/);
    expect(sheet).toMatch(/<col min="1" max="1" width="8" customWidth="1"\/>/);

    const wb = XLSX.read(bytes, { type: 'array', cellDates: true });
    expect(wb.SheetNames).toEqual(['Members', 'Report', 'Lists', 'Other', 'Preview R1']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Preview R1'], { header: 1, raw: true, defval: null });
    expect(rows).toEqual([
      ['Key', 'Action', 'End Date', 'Include', 'Amount', 'Note'],
      ['K1', 'renew', new Date(Date.UTC(2026, 0, 31)), true, 12.5, '=1+1'],
      ['K2', 'notify', new Date(Date.UTC(1900, 2, 1)), false, -0.1, 'Zoë ✓ 😀 _x000D_ a\rb'],
      ['K3', 'drop', null, true, 1e21, 'x'.repeat(5000)],
    ]);
    expect(wb.Sheets['Preview R1']['F2'].f).toBeUndefined();
    expect(wb.Sheets['Preview R1']['!autofilter']).toEqual({ ref: 'A1:F4' });
  });

  it('replaces a sheet in place, keeping its tab, part and sheetId, and drops the parts only it used', () => {
    const { out, bytes } = save([{ kind: 'replace', sheet: { ...PREVIEW, name: 'REPORT' } }]);
    expectValidZip(bytes);
    expect(out.entries.has('xl/drawings/drawing1.xml')).toBe(false);
    expect(out.entries.has('xl/charts/chart1.xml')).toBe(false);
    expect(out.entries.has('xl/worksheets/_rels/sheet2.xml.rels')).toBe(false);
    expect(text(out, '[Content_Types].xml')).not.toContain('drawing1.xml');
    expect(text(out, 'xl/workbook.xml')).toContain('<sheet name="REPORT" sheetId="2" r:id="rId2"/>');
    expectUntouched(input, out, [
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/_rels/sheet2.xml.rels',
      'xl/drawings/drawing1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/charts/chart1.xml',
      'xl/workbook.xml',
      '[Content_Types].xml',
      'xl/styles.xml',
    ]);
    expect(XLSX.read(bytes, { type: 'array' }).SheetNames).toEqual(['Members', 'REPORT', 'Lists', 'Other']);
  });

  it('deletes a sheet with its table, shifting sheet-local names and the active tab', () => {
    const { out, bytes } = save([{ kind: 'delete', sheetName: 'other' }]);
    expectValidZip(bytes);
    for (const gone of ['xl/worksheets/sheet4.xml', 'xl/worksheets/_rels/sheet4.xml.rels', 'xl/tables/table1.xml']) expect(out.entries.has(gone)).toBe(false);
    const workbook = text(out, 'xl/workbook.xml');
    expect(workbook).not.toContain('Print_Area');
    expect(workbook).toContain('<definedName name="Fees">Members!$D$2:$D$3</definedName>');
    expect(workbook).toContain('activeTab="2"');
    expect(text(out, '[Content_Types].xml')).not.toMatch(/sheet4|table1/);
    expect(text(out, 'xl/_rels/workbook.xml.rels')).not.toContain('sheet4.xml');
    expect(XLSX.read(bytes, { type: 'array' }).SheetNames).toEqual(['Members', 'Report', 'Lists']);
  });

  it('refuses (TOO_LARGE, nothing returned) to write a package whose parts would inflate past the limit the reader refuses', async () => {
    const total = [...input.entries.values()].reduce((sum, e) => sum + (e.kind === 'new' ? e.content.length : e.size), 0);
    const edits: SheetEdit[] = [{ kind: 'replace', sheet: PREVIEW }];
    expect(() => savePackage(input, edits, { maxInflatedBytes: total })).toThrow(
      expect.objectContaining({ code: 'TOO_LARGE', message: expect.stringMatching(/nothing written/) }),
    );
    await expect(savePackagePiecesAsync(input, edits, { maxInflatedBytes: total })).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(savePackage(input, edits, { maxInflatedBytes: total + 1_000_000 }).length).toBeGreaterThan(0);
  });

  it('creates a sheet from cell writes with the product’s formatting, and appends to it later', () => {
    const first = save([
      {
        kind: 'cells',
        writes: [
          { sheet: 'Run Log', row: 1, column: 1, value: 'Run ID' },
          { sheet: 'Run Log', row: 1, column: 2, value: 'As Of' },
          { sheet: 'Run Log', row: 2, column: 1, value: 'R1' },
          { sheet: 'Run Log', row: 2, column: 2, value: { date: isoDate('2026-11-21') } },
        ],
      },
    ]);
    const log = text(first.out, 'xl/worksheets/sheet5.xml');
    expect(log).toContain('state="frozen"');
    expect(log).toContain('<autoFilter ref="A1:B2"/>');
    const second = save([{ kind: 'cells', writes: [{ sheet: 'Run Log', row: 3, column: 2, value: { date: isoDate('2026-11-22') } }] }], first.out);
    expectUntouched(first.out, second.out, ['xl/worksheets/sheet5.xml']);
    expect(cell(second.bytes, 'Run Log', 'B3')?.v).toEqual(new Date(Date.UTC(2026, 10, 22)));
    expect(cell(second.bytes, 'Run Log', 'B2')?.z).toBe('yyyy-mm-dd');
  });

  it('makes the same parts streamed, the new sheet laid out while another is patched, as one after another', async () => {
    // Both add styles: the date written into Lists needs a date style, the new sheet a bold
    // header and the same date style. Streamed, the new sheet is laid out before the patch has
    // its first chunk; its styles were added first in both saves, so the numbers agree.
    const edits: SheetEdit[] = [
      { kind: 'cells', writes: [{ sheet: 'Lists', row: 2, column: 2, value: { date: isoDate('2026-11-21') } }] },
      { kind: 'replace', sheet: PREVIEW },
    ];
    const one = openTestPackage(savePackage(input, edits));
    const streamed = openTestPackage(joinPieces(await savePackagePiecesAsync({ ...input, codecs: resolveCodecs(nodeCodecs()) }, edits)));
    expect([...streamed.entries.keys()]).toEqual([...one.entries.keys()]);
    for (const name of one.entries.keys()) expect({ name, text: text(streamed, name) }).toEqual({ name, text: text(one, name) });
    expect(text(one, 'xl/styles.xml')).not.toBe(text(input, 'xl/styles.xml'));
    expect(cell(savePackage(input, edits), 'Lists', 'B2')?.z).toBe('yyyy-mm-dd');
  });

  it('refuses a sheet that cannot be patched while a new sheet is being laid out', async () => {
    const lists = input.sheets.find((s) => s.name === 'Lists')!.path!;
    const entries = new Map(input.entries);
    entries.set(lists, { ...(input.entries.get(lists) as StoredEntry), crc32: 1 });
    // A new sheet of several chunks: the patch fails while it is still being laid out.
    const rows = [PREVIEW.rows[0], ...Array.from({ length: 4000 }, (_, i) => [`K${i}`, 'renew', null, true, i, 'n'.repeat(1000)])];
    const edits: SheetEdit[] = [
      { kind: 'cells', writes: [{ sheet: 'Lists', row: 2, column: 2, value: 'x' }] },
      { kind: 'replace', sheet: { ...PREVIEW, rows, tableRows: rows.length } },
    ];
    await expect(savePackagePiecesAsync({ ...input, entries, codecs: resolveCodecs(nodeCodecs()) }, edits)).rejects.toMatchObject({
      code: 'CORRUPT_WORKBOOK',
      message: expect.stringContaining('CRC'),
    });
  });

  it('copies a package it does not edit entry for entry', () => {
    const { out } = save([]);
    expectUntouched(input, out, []);
    expect([...out.entries.keys()]).toEqual([...input.entries.keys()]);
  });

  it('opens in openpyxl, an independent reader, when it is installed', () => {
    const { bytes } = save([
      { kind: 'replace', sheet: PREVIEW },
      { kind: 'cells', writes: [{ sheet: 'Members', row: 2, column: 2, value: 'Anne' }] },
      { kind: 'delete', sheetName: 'Lists' },
    ]);
    try {
      execFileSync('python3', ['-c', 'import openpyxl'], { stdio: 'ignore' });
    } catch {
      console.warn('openpyxl is not installed: the second-reader check is skipped');
      return;
    }
    const path = join(mkdtempSync(join(tmpdir(), 'save-package-')), 'out.xlsx');
    writeFileSync(path, bytes);
    const script = `import openpyxl,sys\nwb=openpyxl.load_workbook(sys.argv[1])\nprint(wb.sheetnames, wb['Members']['B2'].value, wb['Preview R1']['C2'].value.date())`;
    expect(execFileSync('python3', ['-c', script, path]).toString().trim()).toBe("['Members', 'Report', 'Other', 'Preview R1'] Anne 2026-01-31");
  });
});
