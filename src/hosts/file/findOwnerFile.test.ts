import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { excelOwner, findOwnerFile, libreOfficeOwner, ownerFileRefusal } from './findOwnerFile';

const folder = () => mkdtempSync(join(tmpdir(), 'rr-owner-'));

/** An owner file as Excel writes it: 165 bytes, the name after its length byte, padded with spaces to 55, then its length and UTF-16LE copy. */
function excelOwnerBytes(name: string, acpName = name, utf16At = 55, size = 165): Buffer {
  const bytes = Buffer.alloc(size, 0x20);
  bytes[0] = acpName.length;
  bytes.write(acpName, 1, 'latin1');
  if (utf16At === 54) bytes.fill(0, 1 + acpName.length, 54); // Word pads with zeros
  bytes[utf16At] = name.length;
  bytes[utf16At + 1] = 0;
  bytes.write(name, utf16At + 2, 'utf16le');
  return bytes;
}

describe('findOwnerFile', () => {
  it('finds nothing beside a closed book', () => {
    const dir = folder();
    writeFileSync(join(dir, 'book.xlsx'), 'x');
    writeFileSync(join(dir, '~$other.xlsx'), excelOwnerBytes('Bo'));
    expect(findOwnerFile(join(dir, 'book.xlsx'))).toBeNull();
  });

  it("reads the user from Excel's owner file ~$<name>", () => {
    const dir = folder();
    writeFileSync(join(dir, '~$book.xlsx'), excelOwnerBytes('Ada Lovelace'));
    expect(findOwnerFile(join(dir, 'book.xlsx'))).toEqual({ app: 'Excel', owner: 'Ada Lovelace', path: join(dir, '~$book.xlsx') });
  });

  it("reads the user from LibreOffice's lock file .~lock.<name>#", () => {
    const dir = folder();
    writeFileSync(join(dir, '.~lock.book.xlsx#'), ',ada,ws-12,30.11.2026 09:27,file:///home/ada/.config/libreoffice/4;');
    expect(findOwnerFile(join(dir, 'book.xlsx'))).toEqual({ app: 'LibreOffice', owner: 'ada on ws-12', path: join(dir, '.~lock.book.xlsx#') });
  });

  it('still refuses when the owner cannot be read', () => {
    const dir = folder();
    writeFileSync(join(dir, '~$book.xlsx'), Buffer.alloc(0));
    expect(findOwnerFile(join(dir, 'book.xlsx'))).toMatchObject({ app: 'Excel', owner: null });
  });
});

describe('excelOwner', () => {
  it('prefers the UTF-16 copy, which keeps non-Latin names', () => {
    expect(excelOwner(excelOwnerBytes('Søren Ølstrøm', 'S?ren ?lstr?m'))).toBe('Søren Ølstrøm');
    expect(excelOwner(excelOwnerBytes('Łukasz Żółć', 'Lukasz Zolc'))).toBe('Łukasz Żółć');
  });

  it('reads the 162-byte Word-style layout (UTF-16 copy at offset 54)', () => {
    expect(excelOwner(excelOwnerBytes('Ada', 'Ada', 54, 162))).toBe('Ada');
  });

  it('falls back to the code-page name when the UTF-16 copy is not where expected', () => {
    const bytes = excelOwnerBytes('Ada');
    bytes.fill(0x20, 54, 80);
    expect(excelOwner(bytes)).toBe('Ada');
  });

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['a zero length', Buffer.alloc(162, 0)],
    ['a length over 52', Buffer.from([60, ...Buffer.alloc(161, 0x41)])],
    ['a truncated file', Buffer.from([10, 0x41])],
    ['control characters', Buffer.from([3, 1, 2, 3])],
  ])('gives null for %s', (_label, bytes) => {
    expect(excelOwner(bytes)).toBeNull();
  });
});

describe('libreOfficeOwner', () => {
  it.each([
    ['Ada Lovelace,ada,ws-12,30.11.2026 09:27,file:///x;', 'Ada Lovelace on ws-12'],
    [',ada,ws-12,30.11.2026 09:27,file:///x;', 'ada on ws-12'],
    ['Lovelace\\, Ada,ada,ws-12,d,u;', 'Lovelace, Ada on ws-12'],
    ['ada;', 'ada'],
    [',,,;', null],
    ['', null],
  ])('%j → %j', (text, owner) => {
    expect(libreOfficeOwner(text)).toBe(owner);
  });
});

describe('ownerFileRefusal', () => {
  it('names the program and the owner, and points to --out', () => {
    const refusal = ownerFileRefusal('book.xlsx', { app: 'Excel', owner: 'Ada Lovelace', path: '/d/~$book.xlsx' });
    expect(refusal.code).toBe('OPEN_IN_EXCEL');
    expect(refusal.message).toBe('book.xlsx is open in Excel by Ada Lovelace (~$book.xlsx); close it there first, or write elsewhere with --out FILE');
  });

  it('leaves the owner out when unknown', () => {
    const refusal = ownerFileRefusal('book.xlsx', { app: 'LibreOffice', owner: null, path: '/d/.~lock.book.xlsx#' });
    expect(refusal.code).toBe('OPEN_IN_LIBREOFFICE');
    expect(refusal.message).toContain('is open in LibreOffice (.~lock.book.xlsx#)');
  });
});
