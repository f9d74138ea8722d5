import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPackage } from './openPackage';
import { fixturePackage } from './testing/packageFixture';
import { refusalOf } from './testing/refusalOf';

describe('openPackage', () => {
  it('lists the sheets in tab order with their parts, the 1904 flag and the shared strings', () => {
    const pkg = openPackage(
      fixturePackage([{ name: 'Members' }, { name: 'Hidden &amp; more', state: 'veryHidden' }], { date1904: true, sharedStrings: ['a', 'b'] }),
    );
    expect(pkg.sheets).toEqual([
      { name: 'Members', sheetId: 1, relId: 'rId1', path: 'xl/worksheets/sheet1.xml', state: 'visible' },
      { name: 'Hidden & more', sheetId: 2, relId: 'rId2', path: 'xl/worksheets/sheet2.xml', state: 'veryHidden' },
    ]);
    expect([pkg.workbookPath, pkg.date1904, pkg.strict, pkg.sharedStrings]).toEqual(['xl/workbook.xml', true, false, ['a', 'b']]);
  });

  it('follows the package relationship to a workbook part anywhere, and absolute targets', () => {
    const bytes = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="r" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/odd/book.xml"/></Relationships>',
      ),
      'odd/book.xml': strToU8(
        '<s:workbook xmlns:s="http://purl.oclc.org/ooxml/spreadsheetml/main"><s:sheets><s:sheet name="A" sheetId="1" r:id="x1"/></s:sheets></s:workbook>',
      ),
      'odd/_rels/book.xml.rels': strToU8(
        '<Relationships><Relationship Id="x1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="/odd/Sheets/One.xml"/></Relationships>',
      ),
      'odd/sheets/one.xml': strToU8('<worksheet/>'),
    });
    const pkg = openPackage(bytes);
    expect([pkg.workbookPath, pkg.strict, pkg.sheets[0].path]).toEqual(['odd/book.xml', true, 'odd/sheets/one.xml']);
  });

  it('refuses an .xlsb, an .ods and an .xls under an .xlsx name', () => {
    const xlsb = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      ),
      'xl/workbook.bin': new Uint8Array([1, 2]),
    });
    const ods = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<x/>') });
    const xls = new Uint8Array(512);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (const [bytes, kind] of [
      [xlsb, '.xlsb'],
      [ods, '.ods'],
      [xls, '.xls'],
    ] as const) {
      const refusal = refusalOf(() => openPackage(bytes));
      expect(refusal.code).toBe('NOT_XLSX');
      expect(refusal.message).toContain(kind);
      expect(refusal.message).toContain('save it as an Excel Workbook (.xlsx)');
    }
  });

  it('refuses an encrypted workbook', () => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le')), 600);
    expect(refusalOf(() => openPackage(bytes))).toMatchObject({ code: 'ENCRYPTED_WORKBOOK', message: expect.stringContaining('save it without a password') });
  });

  it('refuses a shared-strings part declaring a DTD (an XML bomb) as corrupt', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaa">]><sst><si><t>&a;</t></si></sst>';
    const refusal = refusalOf(() => openPackage(fixturePackage([{ name: 'A' }], { parts: { 'xl/sharedStrings.xml': bomb } })));
    expect(refusal).toMatchObject({ code: 'CORRUPT_WORKBOOK', message: expect.stringContaining('DTD') });
  });

  it('refuses a package without a workbook part, and a sheet without its part', () => {
    expect(refusalOf(() => openPackage(zipSync({ 'a.xml': strToU8('<a/>') }))).code).toBe('CORRUPT_WORKBOOK');
    const noSheetPart = fixturePackage([{ name: 'Members' }], { parts: { 'xl/_rels/workbook.xml.rels': '<Relationships/>' } });
    expect(refusalOf(() => openPackage(noSheetPart))).toMatchObject({
      code: 'UNREADABLE_SHEET',
      message: expect.stringMatching(/^Sheet Members could not be read/),
    });
  });

  it('reads the odd paths of sheetjs-wtf-path.xlsx when the corpus is there', () => {
    const path = join(__dirname, '../../../../../shared/corpus/sheetjs-wtf-path.xlsx');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      return; // the corpus test fails under CI when the folder is missing
    }
    expect(openPackage(bytes).sheets.map((s) => s.path)).toEqual(['wtf/worksheets/sheet1.xml', 'wtf/worksheets/sheet2.xml']);
  });
});
