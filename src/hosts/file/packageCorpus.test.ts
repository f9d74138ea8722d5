import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCellError, type Cell, type WorkbookGrids } from '../../workbook/sheetGrid';
import { Refusal } from '../refusal';
import { PackageWorkbookHost } from './packageWorkbookHost';
import { XlsxWorkbookHost } from './xlsxWorkbookHost';

/**
 * Every file of the shared corpus of real-world workbooks (../shared/corpus, never copied into
 * the repository): the package reader reads it or refuses it with a Refusal, never another
 * error; and where SheetJS reads it too, both agree cell for cell, but for the documented
 * differences in {@link agrees}.
 */
const CORPUS = join(__dirname, '../../../../shared/corpus');
const present = existsSync(CORPUS);
const files = present ? readdirSync(CORPUS).filter((f) => /\.xls[xm]$/.test(f)) : [];

/** What the corpus should give; a change here is a change of behaviour to look at. */
const EXPECTED: Record<string, string> = {
  'calamine-issue666-panic-xlsb-renamed.xlsx': 'NOT_XLSX',
  'calamine-pass-protected.xlsx': 'ENCRYPTED_WORKBOOK',
  'excelize-encrypt-aes.xlsx': 'ENCRYPTED_WORKBOOK',
  'poi-protected-passtika.xlsx': 'ENCRYPTED_WORKBOOK',
  'poi-51519-xlsb-renamed.xlsx': 'NOT_XLSX',
  'sheetjs-autofilter-xlsb-renamed.xlsx': 'NOT_XLSX',
  'poi-duplicate-filename-case-insensitive.xlsx': 'CORRUPT_WORKBOOK',
  'poi-poc-xmlbomb.xlsx': 'CORRUPT_WORKBOOK',
};

describe('the package reader on the shared corpus', () => {
  it('finds the corpus (required under CI)', () => {
    if (process.env.CI === 'true') expect(present).toBe(true);
  });

  it.each(files.length > 0 ? files : ['(no corpus)'])('%s: reads or refuses, and agrees with SheetJS', (file) => {
    if (!present) return;
    const bytes = readFileSync(join(CORPUS, file));
    const started = Date.now();
    let ours: WorkbookGrids | null = null;
    let outcome = 'read';
    try {
      const grids = PackageWorkbookHost.fromBytes(bytes).readWorkbookSync();
      for (const sheet of grids.sheets) void sheet.cells; // sheets beyond SPEC §2's are read on demand: read them all here
      ours = grids;
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      outcome = e.code;
    }
    expect(Date.now() - started).toBeLessThan(10_000);
    if (EXPECTED[file]) expect(outcome).toBe(EXPECTED[file]);
    if (ours === null) return;
    let theirs: WorkbookGrids;
    try {
      theirs = XlsxWorkbookHost.fromBytes(bytes).readWorkbookSync();
    } catch {
      return; // SheetJS cannot read it: nothing to compare
    }
    expect(differences(ours, theirs)).toEqual([]);
  });
});

function differences(ours: WorkbookGrids, theirs: WorkbookGrids): string[] {
  const found: string[] = [];
  for (const grid of ours.sheets) {
    const other = theirs.sheets.find((s) => s.name === grid.name);
    if (!other) continue; // SheetJS lists chart and macro sheets as empty grids; ours leaves them out
    const a = byAddress(grid);
    const b = byAddress(other);
    for (const key of new Set([...a.keys(), ...b.keys()])) {
      if (!agrees(a.get(key) ?? null, b.get(key) ?? null, ours.date1904))
        found.push(`${grid.name}!${key}: ours ${show(a.get(key))}, SheetJS ${show(b.get(key))}`);
      if (found.length > 5) return found;
    }
  }
  return found;
}

/**
 * Documented differences: a formula without a cached value or text over 32,767 characters is a
 * pseudo error here where SheetJS gives a blank or the text; a `t="d"` date is a Date here
 * where SheetJS gives its serial; a carriage return written `_x000D_` is kept here where SheetJS
 * drops it before a line feed.
 */
function agrees(ours: Cell, theirs: Cell, date1904: boolean): boolean {
  if (isCellError(ours) && (ours.error === '#UNCALCULATED' || ours.error === '#TOOLONG')) return true;
  if (ours instanceof Date && typeof theirs === 'number') return Math.abs(ours.getTime() / 864e5 + (date1904 ? 24107 : 25569) - theirs) < 1e-6;
  if (typeof ours === 'string' && typeof theirs === 'string') return ours.replace(/\r\n/g, '\n') === theirs;
  // A time of day alone: the same fraction of a day, computed two ways.
  if (typeof ours === 'number' && typeof theirs === 'number' && ours < 1) return Math.abs(ours - theirs) < 1e-12;
  return JSON.stringify(ours) === JSON.stringify(theirs);
}

function byAddress(grid: { cells: Cell[][]; firstRow: number; firstColumn: number }): Map<string, Cell> {
  const map = new Map<string, Cell>();
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null && cell !== undefined && cell !== '') map.set(`R${grid.firstRow + r}C${grid.firstColumn + c}`, cell);
    }),
  );
  return map;
}

function show(cell: Cell | undefined): string {
  const text = JSON.stringify(cell ?? null);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
