import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkbookFile, saveWorkbookFile, UnreadableWorkbookError, writeFileAtomically } from './workbookFile';
import { XlsxWorkbookHost } from './xlsxWorkbookHost';

const dir = () => mkdtempSync(join(tmpdir(), 'rr-file-'));

describe('loadWorkbookFile', () => {
  it.each([
    ['a CSV file', 'Member ID,Name\n1,Ada\n', 'is not an Excel workbook'],
    ['an empty file', '', 'is not an Excel workbook'],
    ['a broken zip', 'PK\u0003\u0004garbage', 'is not a readable Excel workbook'],
  ])('refuses %s with a clear message', (_label, content, message) => {
    const path = join(dir(), 'book.xlsx');
    writeFileSync(path, content, 'latin1');
    expect(() => loadWorkbookFile(path)).toThrow(UnreadableWorkbookError);
    expect(() => loadWorkbookFile(path)).toThrow(message);
  });

  it('refuses a missing file', () => {
    expect(() => loadWorkbookFile(join(dir(), 'none.xlsx'))).toThrow('no such file');
  });
});

describe('saveWorkbookFile', () => {
  it('copies the old file to .bak before replacing it, and leaves no temporary file', () => {
    const folder = dir();
    const path = join(folder, 'book.xlsx');
    writeFileSync(path, 'old bytes');
    const host = XlsxWorkbookHost.empty();
    host.replaceSheetSync({ name: 'S', rows: [['x']], tableRows: 1, tableColumns: 1, tableName: 'S' });
    saveWorkbookFile(host, path, { backup: true });
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('old bytes');
    expect(loadWorkbookFile(path).workbook.SheetNames).toEqual(['S']);
    expect(readdirSync(folder).sort()).toEqual(['book.xlsx', 'book.xlsx.bak']);
  });

  it('makes no backup when asked not to', () => {
    const path = join(dir(), 'book.xlsx');
    writeFileAtomically(path, new Uint8Array([1, 2, 3]));
    writeFileAtomically(path, new Uint8Array([4]));
    expect(existsSync(`${path}.bak`)).toBe(false);
    expect([...readFileSync(path)]).toEqual([4]);
  });
});
