import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Refusal } from '../refusal';

/** The owner file a spreadsheet program keeps beside a book it has open. */
export interface OwnerFile {
  app: 'Excel' | 'LibreOffice';
  /** Who has it open, as recorded in the owner file; `null` when that cannot be read. */
  owner: string | null;
  path: string;
}

/**
 * The owner file showing the book at `bookPath` is open in Excel (`~$<name>`) or LibreOffice
 * (`.~lock.<name>#`), or `null`. Excel names the owner file of a workbook `~$` + the full file
 * name; only Word drops the first one or two characters of long names (LibreOffice's
 * reverse engineering of MS Office owner files, svl/source/misc/msodocumentlockfile.cxx, which
 * trims for Word formats only), so no shortened name is looked for.
 *
 * @example
 * findOwnerFile('/data/book.xlsx'); // { app: 'Excel', owner: 'Ada Lovelace', path: '/data/~$book.xlsx' }
 */
export function findOwnerFile(bookPath: string): OwnerFile | null {
  const dir = dirname(bookPath);
  const name = basename(bookPath);
  const excel = join(dir, `~$${name}`);
  const excelBytes = readIfPresent(excel);
  if (excelBytes !== undefined) return { app: 'Excel', owner: excelBytes && excelOwner(excelBytes), path: excel };
  const libre = join(dir, `.~lock.${name}#`);
  const libreBytes = readIfPresent(libre);
  if (libreBytes !== undefined) return { app: 'LibreOffice', owner: libreBytes && libreOfficeOwner(libreBytes.toString('utf8')), path: libre };
  return null;
}

/**
 * The refusal of an in-place write to a book that is open elsewhere.
 *
 * @example
 * const open = findOwnerFile(path);
 * if (open) throw ownerFileRefusal(path, open);
 */
export function ownerFileRefusal(bookPath: string, found: OwnerFile): Refusal {
  const who = found.owner ? ` by ${found.owner}` : '';
  return new Refusal(
    found.app === 'Excel' ? 'OPEN_IN_EXCEL' : 'OPEN_IN_LIBREOFFICE',
    `${bookPath} is open in ${found.app}${who} (${basename(found.path)}); close it there first, or write elsewhere with --out FILE`,
  );
}

/** The file's bytes; `null` when it exists but cannot be read; `undefined` when there is none. */
function readIfPresent(path: string): Buffer | null | undefined {
  try {
    return readFileSync(path);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : null;
  }
}

/**
 * The user name in an MS Office owner file: byte 0 is its length (1–52), then the name in the
 * Windows 8-bit code page; a 2-byte length and the name in UTF-16LE follow at offset 54 (Word)
 * or 55 (Excel, PowerPoint — the name is padded with spaces to there). The UTF-16 copy is
 * preferred (it keeps non-Latin names); anything that does not fit this shape gives `null`.
 */
export function excelOwner(bytes: Buffer): string | null {
  const length = bytes[0];
  if (!length || length > 52) return null;
  for (const at of [55, 54]) {
    if (bytes[at] === length && bytes[at + 1] === 0 && at + 2 + 2 * length <= bytes.length) {
      const name = bytes
        .subarray(at + 2, at + 2 + 2 * length)
        .toString('utf16le')
        .trim();
      if (printable(name)) return name;
    }
  }
  if (1 + length > bytes.length) return null;
  const name = bytes
    .subarray(1, 1 + length)
    .toString('latin1')
    .trim();
  return printable(name) ? name : null;
}

/** A name worth showing: not empty, no control characters (padding or garbage read as text). */
function printable(name: string): boolean {
  return name.length > 0 && [...name].every((c) => c.charCodeAt(0) >= 0x20);
}

/**
 * The user in a LibreOffice lock file, `<name>,<login>,<host>,<time>,<config URL>;` (commas,
 * semicolons and backslashes in a field escaped with a backslash): the name set in
 * LibreOffice's options, else the login, with the host — `null` when neither is there.
 */
export function libreOfficeOwner(text: string): string | null {
  const fields: string[] = [''];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) fields[fields.length - 1] += text[++i];
    else if (c === ',') fields.push('');
    else if (c === ';') break;
    else fields[fields.length - 1] += c;
  }
  const [name, login, host] = fields.map((f) => f.trim());
  const who = name || login;
  if (!who) return null;
  return host ? `${who} on ${host}` : who;
}
