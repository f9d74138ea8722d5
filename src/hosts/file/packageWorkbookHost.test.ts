import { isoDate } from '../../engine/dates/isoDate';
import type { SheetWrite } from '../../workbook/outputGrid';
import { Refusal } from '../refusal';
import { nodeCodecs } from './nodeCodecs';
import { PackageWorkbookHost } from './packageWorkbookHost';
import { PREVIEW_REVIEW_CELLS, readPreviewSheet } from '../../workbook/preview/readPreviewSheet';
import { fixturePackage } from './package/testing/packageFixture';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSource } from './fileSource';
import { isByteRange } from './package/byteSource';
import { joinPieces } from './package/writeZip';

const sheet = (name: string, rows: SheetWrite['rows']): SheetWrite => ({
  name,
  rows,
  tableRows: rows.length,
  tableColumns: rows[0]?.length ?? 0,
  tableName: name,
});
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

describe('PackageWorkbookHost', () => {
  it('reads every worksheet as a grid with its Excel origin, error cells kept as errors', async () => {
    const bytes = fixturePackage([
      {
        name: 'Members',
        rows: `<row r="3">${inline('C3', 'Member ID')}${inline('D3', 'End Date')}</row><row r="4"><c r="C4"><v>1001</v></c><c r="D4" t="e"><v>#N/A</v></c></row>`,
      },
    ]);
    const grids = await PackageWorkbookHost.fromBytes(bytes).readWorkbook();
    expect(grids).toEqual({
      date1904: false,
      sheets: [
        {
          name: 'Members',
          firstRow: 3,
          firstColumn: 3,
          cells: [
            ['Member ID', 'End Date'],
            [1001, { error: '#N/A' }],
          ],
        },
      ],
    });
  });

  it('detects the 1904 date system and writes dates as serials in it', () => {
    for (const [date1904, serial] of [
      [false, 46347],
      [true, 44885],
    ] as const) {
      const host = PackageWorkbookHost.fromBytes(fixturePackage([{ name: 'A', rows: '<row><c><v>1</v></c></row>' }], { date1904 }));
      expect(host.readWorkbookSync().date1904).toBe(date1904);
      host.replaceSheetSync(sheet('Out', [['When'], [{ date: isoDate('2026-11-21') }]]));
      expect(host.readWorkbookSync().sheets[1].cells).toEqual([['When'], [serial]]);
    }
  });

  it('replaces a sheet of the same name in its place, whatever its letter case, and logs the edit', () => {
    const host = PackageWorkbookHost.fromBytes(fixturePackage([{ name: 'A' }, { name: 'preview x' }, { name: 'C' }]));
    const preview = sheet('Preview X', [['new']]);
    host.replaceSheetSync(preview);
    expect(host.readWorkbookSync().sheets.map((s) => [s.name, s.cells])).toEqual([
      ['A', []],
      ['Preview X', [['new']]],
      ['C', []],
    ]);
    expect(host.edits).toEqual([{ kind: 'replace', sheet: preview }]);
  });

  it('writes cells into a sheet it replaced (whose cells are made only when read)', () => {
    const host = PackageWorkbookHost.fromBytes(fixturePackage([{ name: 'A' }]));
    host.replaceSheetSync(
      sheet('Out', [
        ['When', 'What'],
        [{ date: isoDate('2026-11-21') }, 'x'],
      ]),
    );
    host.writeCellsSync([{ sheet: 'Out', row: 2, column: 2, value: 'y' }]);
    expect(host.readWorkbookSync().sheets[1].cells).toEqual([
      ['When', 'What'],
      [46347, 'y'],
    ]);
  });

  it('writes cells (text as text, null clears), creates missing sheets, and leaves earlier reads as they were', () => {
    const host = PackageWorkbookHost.fromBytes(fixturePackage([{ name: 'Members', rows: `<row r="1">${inline('A1', 'a')}${inline('B1', 'b')}</row>` }]));
    const before = host.readWorkbookSync();
    host.writeCellsSync([
      { sheet: 'members', row: 1, column: 2, value: null },
      { sheet: 'Members', row: 3, column: 3, value: '=1+1' },
      { sheet: 'Journal', row: 2, column: 2, value: { date: isoDate('2025-01-01') } },
    ]);
    const after = host.readWorkbookSync();
    expect(after.sheets[0].cells).toEqual([['a', null], [], [null, null, '=1+1']]);
    expect(after.sheets[1]).toEqual({ name: 'Journal', firstRow: 2, firstColumn: 2, cells: [[45658]] });
    expect(before.sheets[0].cells).toEqual([['a', 'b']]);
    expect(host.edits.map((e) => e.kind)).toEqual(['cells']);
  });

  it('deletes a sheet by any letter case; nothing is logged when there is none', () => {
    const host = PackageWorkbookHost.fromBytes(fixturePackage([{ name: 'A' }, { name: 'B' }]));
    host.deleteSheetSync('b');
    host.deleteSheetSync('nope');
    expect(host.readWorkbookSync().sheets.map((s) => s.name)).toEqual(['A']);
    expect(host.edits).toEqual([{ kind: 'delete', sheetName: 'b' }]);
  });

  it('refuses to write past column XFD or row 1,048,576', () => {
    const host = PackageWorkbookHost.empty();
    expect(() => host.writeCellsSync([{ sheet: 'A', row: 1, column: 16385, value: 1 }])).toThrow(Refusal);
    expect(() => host.writeCellsSync([{ sheet: 'A', row: 1048577, column: 1, value: 1 }])).toThrow(/past Excel's last row/);
    expect(host.edits).toEqual([]);
  });

  it('starts empty, and does not select rows', async () => {
    const host = PackageWorkbookHost.empty();
    expect(await host.readWorkbook()).toEqual({ sheets: [], date1904: false });
    expect(host.selectsRows).toBe(false);
    await expect(host.selectRow('A', 1, 1)).resolves.toBeUndefined();
  });

  it('saves an empty workbook given sheets (the demo, an export) as a workbook holding them', () => {
    const host = PackageWorkbookHost.empty();
    host.replaceSheetSync(sheet('Invoices', [['Invoice ID'], ['INV-1']]));
    host.replaceSheetSync(sheet('Notices', [['Notice'], [1]]));
    const reread = PackageWorkbookHost.fromBytes(host.toBytes()).readWorkbookSync();
    expect(reread.sheets.map((s) => [s.name, s.cells])).toEqual([
      ['Invoices', [['Invoice ID'], ['INV-1']]],
      ['Notices', [['Notice'], [1]]],
    ]);
  });
});

describe('PackageWorkbookHost cell writes', () => {
  it('applies them to the grids only when the grids are read again: a command that only saves never parses a sheet to write it', () => {
    // Row 1 of Notes refers to a shared string the book lacks: parsing the sheet refuses it,
    // patching a new row under it does not need to.
    const notes = { name: 'Notes', rows: '<row r="1"><c r="A1" t="s"><v>7</v></c></row>' };
    const host = PackageWorkbookHost.fromBytes(fixturePackage([{ name: 'Members' }, notes]));
    host.readWorkbookSync();
    host.writeCellsSync([{ sheet: 'Notes', row: 2, column: 1, value: 'kept' }]);
    const saved = host.toBytes();
    expect(saved.length).toBeGreaterThan(0);
    expect(() => host.readWorkbookSync()).toThrow(/Sheet Notes could not be read/);
  });

  it('keeps the order of edits: writes before a replace or delete of their sheet land first, a created sheet keeps its place', () => {
    const host = PackageWorkbookHost.fromBytes(fixturePackage([{ name: 'Members' }]));
    const before = host.readWorkbookSync();
    host.writeCellsSync([{ sheet: 'Journal', row: 1, column: 1, value: 'Run ID' }]);
    host.writeCellsSync([{ sheet: 'Out', row: 1, column: 1, value: 'old' }]);
    host.replaceSheetSync(sheet('Batch', [['b']]));
    host.replaceSheetSync(sheet('OUT', [['new']]));
    host.writeCellsSync([{ sheet: 'Out', row: 2, column: 1, value: 'after' }]);
    host.writeCellsSync([{ sheet: 'Gone', row: 1, column: 1, value: 'x' }]);
    host.deleteSheetSync('gone');
    const after = host.readWorkbookSync();
    expect(after.sheets.map((s) => [s.name, s.cells])).toEqual([
      ['Members', []],
      ['Journal', [['Run ID']]],
      ['OUT', [['new'], ['after']]],
      ['Batch', [['b']]],
    ]);
    expect(before.sheets.map((s) => s.name)).toEqual(['Members']); // an earlier read keeps what it held
  });
});

describe('PackageWorkbookHost on hostile files', () => {
  it('reads a sheet declaring A1:XFD1048576 with two real rows at the cost of two rows', () => {
    const xml = `<worksheet><dimension ref="A1:XFD1048576"/><sheetData><row r="1">${inline('A1', 'Member ID')}</row><row r="2"><c r="A2"><v>7</v></c></row></sheetData></worksheet>`;
    const grids = PackageWorkbookHost.fromBytes(fixturePackage([{ name: 'Members', xml }])).readWorkbookSync();
    expect(grids.sheets[0].cells).toEqual([['Member ID'], [7]]);
  });

  it('reads a 40,000-character cell as a pseudo error the readers word', () => {
    const grids = PackageWorkbookHost.fromBytes(fixturePackage([{ name: 'A', rows: `<row>${inline('A1', 'x'.repeat(40_000))}</row>` }])).readWorkbookSync();
    expect(grids.sheets[0].cells).toEqual([[{ error: '#TOOLONG' }]]);
  });

  it('reads formula rows without cached values as pseudo errors, not as blanks', () => {
    const rows = `<row r="1">${inline('A1', 'Total')}</row><row r="2"><c r="A2"><f>SUM(B1:B9)</f></c><c r="B2"><f>1+1</f><v></v></c></row>`;
    const grids = PackageWorkbookHost.fromBytes(fixturePackage([{ name: 'A', rows }])).readWorkbookSync();
    expect(grids.sheets[0].cells[1]).toEqual([{ error: '#UNCALCULATED' }, { error: '#UNCALCULATED' }]);
  });

  it('refuses a cell past column XFD', () => {
    const bytes = fixturePackage([{ name: 'Members', rows: '<row r="1"><c r="XFE1"><v>1</v></c></row>' }]);
    expect(() => PackageWorkbookHost.fromBytes(bytes).readWorkbookSync()).toThrow(/Sheet Members holds more than Excel's 1,048,576 rows × 16,384 columns/);
  });
});

describe('PackageWorkbookHost sheets read on demand', () => {
  it('parses the sheets of SPEC §2 when the workbook is read and any other sheet only when its cells are asked for', async () => {
    const broken = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="0"/></sheetData></worksheet>';
    const bytes = fixturePackage([
      { name: 'Members', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>Member ID</t></is></c></row>' },
      { name: 'Old Report', xml: broken },
    ]);
    const host = PackageWorkbookHost.fromBytes(bytes);
    host.onLateRefusal = (e) => new Refusal((e as Refusal).code, `book.xlsx: ${(e as Refusal).message}`);
    const grids = await host.readWorkbook();
    expect(grids.sheets.map((s) => s.name)).toEqual(['Members', 'Old Report']);
    expect(grids.sheets[0].cells).toEqual([['Member ID']]);
    expect(() => grids.sheets[1].cells).toThrow('book.xlsx: Sheet Old Report could not be read');
    // A broken sheet of SPEC §2 is refused when the workbook is read.
    await expect(PackageWorkbookHost.fromBytes(fixturePackage([{ name: 'Runs', xml: broken }])).readWorkbook()).rejects.toMatchObject({
      code: 'UNREADABLE_SHEET',
    });
  });

  it('reads a selection ahead, streamed, and gives it to the grid without reading the sheet again', async () => {
    const rows: SheetWrite['rows'] = [['Key', 'Name', 'Include'], ...Array.from({ length: 120 }, (_, i) => [`k${i}`, `n${i}`, i % 2 ? 'No' : null])];
    const made = PackageWorkbookHost.fromBytes(fixturePackage([{ name: 'Members' }]));
    made.replaceSheetSync(sheet('Preview NIGHTLY', rows));
    const host = PackageWorkbookHost.fromBytes(made.toBytes(), nodeCodecs());
    const grids = await host.readWorkbook();
    await host.readAhead('preview nightly', PREVIEW_REVIEW_CELLS);
    // The part is gone from the package now: a read of it would be refused.
    const path = host.pkg.sheets.find((s) => s.name === 'Preview NIGHTLY')!.path!;
    host.pkg.entries.delete(path);
    const part = grids.sheets[1].select!(PREVIEW_REVIEW_CELLS);
    expect(part.cells[100]).toEqual(['k99', null, 'No']);
    expect(() => grids.sheets[1].cells).toThrow(/its part .* is missing/);
  });

  it('reads nothing ahead for a sheet replaced or created in the session, or one it cannot read', async () => {
    const broken = '<worksheet><sheetData><row r="0"/></sheetData></worksheet>';
    const host = PackageWorkbookHost.fromBytes(
      fixturePackage([{ name: 'Members' }, { name: 'Old', xml: broken }, { name: 'Preview X', rows: '<row><c><v>1</v></c></row>' }]),
    );
    await host.readWorkbook();
    host.replaceSheetSync(sheet('Preview X', [['new']]));
    await host.readAhead('Preview X', PREVIEW_REVIEW_CELLS);
    await host.readAhead('Nowhere', PREVIEW_REVIEW_CELLS);
    await expect(host.readAhead('Old', PREVIEW_REVIEW_CELLS)).resolves.toBeUndefined();
    const grids = host.readWorkbookSync();
    expect(grids.sheets[2].cells).toEqual([['new']]);
    expect(() => grids.sheets[1].select!(PREVIEW_REVIEW_CELLS)).toThrow(/Sheet Old could not be read/);
  });

  it('reads the Key and Include columns of a preview for its review, the same review as from the whole sheet', () => {
    const rows: SheetWrite['rows'] = [
      ['Key', 'Action', 'Status', 'Reason', 'Include', 'Name', null, 'Run', 'NIGHTLY'],
      ['renew:M1', 'renew', 'ready', null, 'Yes', 'Ann', null, 'As Of', { date: isoDate('2026-11-21') }],
      ['drop:M2', 'drop', 'ready', null, 'No', 'Bob', null, 'Fingerprint', 'abc'],
      ...Array.from({ length: 80 }, (_, i) => [`notify:M${i + 3}`, 'notify', 'warning', 'late', i % 7 === 0 ? 'No' : null, `Member ${i}`]),
    ];
    const made = PackageWorkbookHost.fromBytes(fixturePackage([{ name: 'Members' }]));
    made.replaceSheetSync(sheet('Preview NIGHTLY', rows));
    const saved = made.toBytes();

    const selected = PackageWorkbookHost.fromBytes(saved).readWorkbookSync();
    const review = readPreviewSheet(selected, 'NIGHTLY');
    const preview = selected.sheets[1];
    const part = preview.select!(PREVIEW_REVIEW_CELLS);
    expect(part.cells[1]).toEqual(['renew:M1', 'renew', 'ready', null, 'Yes', 'Ann', null, 'As Of', 46347]); // the top: whole
    expect(part.cells[73]).toEqual(['notify:M73', null, null, null, 'No']); // below: Key and Include only
    expect(preview.select!(PREVIEW_REVIEW_CELLS)).toBe(part); // read once per selection

    const whole = PackageWorkbookHost.fromBytes(saved).readWorkbookSync();
    expect(whole.sheets[1].cells[70]).toEqual(['notify:M70', 'notify', 'warning', 'late', null, 'Member 67']);
    expect(whole.sheets[1].select!(PREVIEW_REVIEW_CELLS).cells).toBe(whole.sheets[1].cells); // read whole: the whole grid
    expect(readPreviewSheet(whole, 'NIGHTLY')).toEqual(review);
    expect(review.ok && [...review.review.excludedKeys]).toEqual(['drop:M2', ...Array.from({ length: 12 }, (_, k) => `notify:M${k * 7 + 3}`)]);
  });
});

describe('PackageWorkbookHost opened from the file itself', () => {
  it('reads and saves exactly what the same book in memory gives, copying untouched parts from the file', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 2}">${inline(`A${i + 2}`, `M${i * 7919}`)}<c r="B${i + 2}"><v>${i}</v></c></row>`);
    const bytes = fixturePackage([
      { name: 'Members', rows: `<row r="1">${inline('A1', 'Member ID')}${inline('B1', 'N')}</row>${rows.join('')}` },
      { name: 'Notes', rows: `<row r="1">${inline('A1', 'untouched')}</row>` },
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'rr-host-')), 'book.xlsx');
    writeFileSync(path, bytes);
    const source = FileSource.open(path)!;
    const saved: Uint8Array[] = [];
    for (const from of [bytes, source]) {
      const host = PackageWorkbookHost.fromBytes(from, nodeCodecs());
      const grids = await host.readWorkbook();
      expect(grids.sheets[0].cells.length).toBe(20_001);
      await host.writeCells([{ sheet: 'Members', row: 3, column: 2, value: 'changed' }]);
      await host.replaceSheet(sheet('Preview', [['Key'], ['K1']]));
      const pieces = await host.toPieces();
      expect(pieces.some((piece) => isByteRange(piece))).toBe(from === source);
      saved.push(joinPieces(pieces));
    }
    expect(Buffer.from(saved[1]).equals(Buffer.from(saved[0]))).toBe(true);
    const reread = PackageWorkbookHost.fromBytes(saved[1]).readWorkbookSync();
    expect(reread.sheets.map((s) => s.name)).toEqual(['Members', 'Notes', 'Preview']);
    expect(reread.sheets[0].cells[2]).toEqual(['M7919', 'changed']);
    source.close();
  });
});
