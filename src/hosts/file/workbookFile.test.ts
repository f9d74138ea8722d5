import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Refusal } from '../refusal';
import { loadWorkbookFile, workbookFromBytes, writeFileAtomically } from './workbookFile';
import { XlsxWorkbookHost } from './xlsxWorkbookHost';

const dir = () => mkdtempSync(join(tmpdir(), 'rr-file-'));

describe('loadWorkbookFile', () => {
  it.each([
    ['a CSV file', 'Member ID,Name\n1,Ada\n', 'is not an Excel workbook'],
    ['an empty file', '', 'is not an Excel workbook'],
    ['a broken zip', 'PK\u0003\u0004garbage', 'is not a readable Excel workbook: the workbook file is corrupt'],
  ])('refuses %s with a clear message', (_label, content, message) => {
    const path = join(dir(), 'book.xlsx');
    writeFileSync(path, content, 'latin1');
    expect(() => loadWorkbookFile(path)).toThrow(Refusal);
    expect(() => loadWorkbookFile(path)).toThrow(message);
  });

  it.each([
    ['an encrypted workbook', 'ENCRYPTED_WORKBOOK', 'save it without a password'],
    ['a legacy .xls under an .xlsx name', 'NOT_XLSX', 'save it as an Excel Workbook (.xlsx)'],
  ])('refuses %s with its own code, naming the file', (label, code, words) => {
    const path = join(dir(), 'book.xlsx');
    const cfb = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    if (code === 'ENCRYPTED_WORKBOOK') Buffer.from('EncryptedPackage', 'utf16le').copy(cfb, 512);
    writeFileSync(path, cfb);
    expect(() => loadWorkbookFile(path)).toThrow(expect.objectContaining({ code, message: expect.stringContaining(words) }));
    expect(() => loadWorkbookFile(path)).toThrow(`${path}: `);
    expect(label).toBeTruthy();
  });

  it('refuses a missing file', () => {
    expect(() => loadWorkbookFile(join(dir(), 'none.xlsx'))).toThrow('no such file');
  });

  it('refuses a file that cannot be read, naming the reason', () => {
    const folder = join(dir(), 'book.xlsx');
    mkdirSync(folder); // a directory: EISDIR, even for root
    expect(() => loadWorkbookFile(folder)).toThrow(`${folder}: cannot be read (EISDIR)`);
  });
});

describe('workbookFromBytes', () => {
  it('reads a workbook from the bytes given, with the refusal words of a file', () => {
    const host = XlsxWorkbookHost.empty();
    host.replaceSheetSync({ name: 'S', rows: [['x']], tableRows: 1, tableColumns: 1, tableName: 'S' });
    expect(
      workbookFromBytes(host.toBytes(), 'b.xlsx')
        .readWorkbookSync()
        .sheets.map((s) => s.name),
    ).toEqual(['S']);
    expect(() => workbookFromBytes(Buffer.from('text'), 'b.xlsx')).toThrow('b.xlsx is not an Excel workbook (.xlsx)');
    expect(() => workbookFromBytes(null, 'b.xlsx')).toThrow('b.xlsx: no such file');
  });
});

describe('writeFileAtomically', () => {
  it('replaces the file, makes no backup and leaves no temporary file', () => {
    const folder = dir();
    const path = join(folder, 'out.csv');
    writeFileAtomically(path, new Uint8Array([1, 2, 3]));
    writeFileAtomically(path, new Uint8Array([4]));
    expect([...readFileSync(path)]).toEqual([4]);
    expect(readdirSync(folder)).toEqual(['out.csv']);
  });

  it('leaves no temporary file when the rename fails', () => {
    const folder = dir();
    const path = join(folder, 'out.csv');
    mkdirSync(join(path, 'inside'), { recursive: true }); // renaming a file over a non-empty directory fails
    expect(() => writeFileAtomically(path, new Uint8Array([1]))).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(existsSync(join(path, 'inside'))).toBe(true);
    expect(readdirSync(folder)).toEqual(['out.csv']);
  });
});
