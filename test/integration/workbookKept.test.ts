/**
 * SPEC §8 "Everything else kept", through the CLI: a staff workbook made by other writers (see
 * staffWorkbook) goes through preview, post, revert, reconcile and deliver in place; every zip entry a
 * command had no need to change keeps its stored bytes, the sheets it writes keep every feature
 * and every style, the sheets it creates are formatted, and a second reader (SheetJS) reads
 * every output as the product's own reader does, and so does Python's openpyxl where installed
 * (required under CI: `.ci/run` installs it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { findRun } from '../../src/app/findRun';
import { openBook } from '../../src/app/openBook';
import { postRun } from '../../src/app/postRun';
import { previewRun } from '../../src/app/previewRun';
import { isoDate } from '../../src/engine/dates/isoDate';
import { workbookFromBytes } from '../../src/hosts/file/workbookFile';
import { dateToSerial } from '../../src/workbook/cells/excelSerial';
import type { Cell, WorkbookGrids } from '../../src/workbook/sheetGrid';
import { SMALL_AS_OF } from '../fixtures/smallBook';
import { MEMBERS_FEATURES, STAFF_SHEETS, STAFF_STYLE, staffWorkbook } from '../fixtures/staffWorkbook';
import { cli } from './runCliInProcess';

jest.setTimeout(60_000);

const NOW = new Date(`${SMALL_AS_OF}T12:00:00Z`);
const preview = (path: string) => cli(['preview', path, '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF]);
const post = (path: string) => cli(['post', path, '--run', 'NIGHTLY']);
const revert = (path: string) => cli(['revert', path, '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF]);

/** Parts a command may edit besides the sheets it writes (SPEC §8: edited, never regenerated). */
const PACKAGE_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'xl/calcChain.xml'];

function staffBook(options?: Parameters<typeof staffWorkbook>[0]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'rr-kept-')), 'members.xlsx');
  writeFileSync(path, staffWorkbook(options));
  return path;
}

interface StoredEntry {
  method: number;
  crc: number;
  data: Buffer;
}

/** Every zip entry as stored (method, CRC, compressed bytes), read from the central directory by hand. */
function storedEntries(bytes: Buffer): Map<string, StoredEntry> {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  const entries = new Map<string, StoredEntry>();
  for (let i = 0; i < count; i++) {
    const nameLength = bytes.readUInt16LE(p + 28);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    const local = bytes.readUInt32LE(p + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    entries.set(name, { method: bytes.readUInt16LE(p + 10), crc: bytes.readUInt32LE(p + 16), data: bytes.subarray(start, start + bytes.readUInt32LE(p + 20)) });
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return entries;
}

const partText = (bytes: Buffer, name: string): string => strFromU8(unzipSync(bytes, { filter: (f) => f.name === name })[name]);

/** The worksheet part of each sheet, by tab name. */
function sheetParts(bytes: Buffer): Map<string, string> {
  const rels = new Map(
    [...partText(bytes, 'xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].map(([r]) => [
      /Id="([^"]+)"/.exec(r)![1],
      /Target="([^"]+)"/.exec(r)![1],
    ]),
  );
  const sheets = [...partText(bytes, 'xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)].map(([s]) => [/name="([^"]+)"/.exec(s)![1], /:id="([^"]+)"/.exec(s)![1]]);
  return new Map(sheets.map(([name, id]) => [name, `xl/${rels.get(id)!.replace(/^\/?xl\//, '')}`]));
}

/** A sheet part's `<c>` elements by reference. */
function cellElements(xml: string): Map<string, string> {
  return new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => [m[1], m[0]]));
}
const styleOf = (element: string | undefined): string | null => (element === undefined ? null : (/^<c [^>]*\bs="(\d+)"/.exec(element)?.[1] ?? null));

/** Cell values by reference, as a reader hands them over (formulas without a value as the reader's pseudo error). */
type Values = Map<string, Cell>;

function ourValues(bytes: Buffer): Map<string, Values> {
  return gridValues(workbookFromBytes(bytes, 'book.xlsx').readWorkbookSync());
}

function gridValues(grids: WorkbookGrids): Map<string, Values> {
  const out = new Map<string, Values>();
  for (const sheet of grids.sheets) {
    const values: Values = new Map();
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null && cell !== undefined && cell !== '')
          values.set(XLSX.utils.encode_cell({ r: sheet.firstRow - 1 + r, c: sheet.firstColumn - 1 + c }), cell);
      }),
    );
    out.set(sheet.name, values);
  }
  return out;
}

function sheetJsValues(bytes: Buffer): Map<string, Values> {
  const wb = XLSX.read(bytes, { type: 'buffer', dense: true, cellDates: false });
  const out = new Map<string, Values>();
  for (const name of wb.SheetNames) {
    const values: Values = new Map();
    ((wb.Sheets[name]['!data'] ?? []) as (XLSX.CellObject[] | undefined)[]).forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        let value: Cell = null;
        if (cell.f !== undefined && cell.v === undefined) value = { error: '#UNCALCULATED' };
        else if (cell.t === 'e') value = { error: cell.w ?? String(cell.v) };
        else if (cell.t !== 'z' && cell.v !== undefined) value = cell.v as Cell;
        if (value !== null && value !== '') values.set(XLSX.utils.encode_cell({ r, c }), value);
      }),
    );
    out.set(name, values);
  }
  return out;
}

/** The stored entries of `after` that differ from `before`'s (or are gone, or new). */
function changedEntries(before: Buffer, after: Buffer): string[] {
  const [a, b] = [storedEntries(before), storedEntries(after)];
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => {
    const [x, y] = [a.get(n), b.get(n)];
    return !x || !y || x.method !== y.method || x.crc !== y.crc || !x.data.equals(y.data);
  });
}

/** Checks the entries a command changed are only the package parts, the sheets whose values changed and the sheets it created. */
function expectOnlyNeededChanges(before: Buffer, after: Buffer): string[] {
  const [partsBefore, partsAfter] = [sheetParts(before), sheetParts(after)];
  const [valuesBefore, valuesAfter] = [sheetJsValues(before), sheetJsValues(after)];
  const written = [...partsAfter]
    .filter(([name]) => !partsBefore.has(name) || !sameValues(valuesBefore.get(name)!, valuesAfter.get(name)!))
    .map(([, part]) => part);
  const removed = [...partsBefore].filter(([name]) => !partsAfter.has(name)).map(([, part]) => part);
  const changed = changedEntries(before, after);
  expect(changed.filter((n) => !PACKAGE_PARTS.includes(n) && !written.includes(n) && !removed.includes(n))).toEqual([]);
  return changed;
}

function withoutUncalculated(sheets: Map<string, Values>): Map<string, Values> {
  const uncalculated = (cell: Cell) => typeof cell === 'object' && cell !== null && 'error' in cell && cell.error === '#UNCALCULATED';
  return new Map([...sheets].map(([name, values]) => [name, new Map([...values].filter(([, cell]) => !uncalculated(cell)))]));
}

function sameValues(a: Values, b: Values): boolean {
  return a.size === b.size && [...a].every(([ref, v]) => JSON.stringify(b.get(ref)) === JSON.stringify(v));
}

/**
 * Two independent readers agree on every cell of every sheet. SheetJS leaves out a formula saved
 * without a cached value (in the input as in the output), so those are compared element by
 * element in the sheet part instead.
 */
function expectReadersAgree(bytes: Buffer): void {
  const [ours, theirs] = [withoutUncalculated(ourValues(bytes)), sheetJsValues(bytes)];
  expect([...theirs.keys()]).toEqual([...ours.keys()]);
  for (const [name, values] of ours) expect([name, Object.fromEntries(theirs.get(name)!)]).toEqual([name, Object.fromEntries(values)]);
  const third = openpyxlValues(bytes);
  if (third === null) return;
  expect(Object.keys(third)).toEqual([...ours.keys()]);
  for (const [name, values] of ours) expect([name, third[name]]).toEqual([name, Object.fromEntries(values)]);
}

/** Python's openpyxl, when installed (`.ci/run` installs it), as a third reader: every sheet's values, or null without it. */
function openpyxlValues(bytes: Buffer): Record<string, Record<string, Cell>> | null {
  if (spawnSync('python3', ['-c', 'import openpyxl']).status !== 0) {
    if (process.env.CI === 'true') throw new Error('openpyxl is required under CI (pip install openpyxl)');
    return null;
  }
  const path = join(mkdtempSync(join(tmpdir(), 'rr-openpyxl-')), 'book.xlsx');
  writeFileSync(path, bytes);
  const run = spawnSync('python3', [join(__dirname, 'python', 'openpyxlValues.py'), path], { encoding: 'utf8', maxBuffer: 1 << 26 });
  expect([run.status, run.stderr]).toEqual([0, '']);
  return JSON.parse(run.stdout) as Record<string, Record<string, Cell>>;
}

/** The styles part's cell formats: each `s` index → its number format code and whether its font is bold. */
function cellFormats(bytes: Buffer): { numFmt: (s: string | null) => string; bold: (s: string | null) => boolean } {
  const styles = partText(bytes, 'xl/styles.xml');
  const codes = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], m[2].replace(/&quot;/g, '"')]));
  const fonts = [.../<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1].matchAll(/<font\b[^>]*?(?:\/>|>[\s\S]*?<\/font>)/g)].map((m) => m[0]);
  const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
  const attr = (xf: string, name: string) => new RegExp(`${name}="(\\d+)"`).exec(xf)?.[1] ?? '0';
  const BUILTIN: Record<string, string> = { '0': 'General', '14': 'm/d/yyyy' };
  return {
    numFmt: (s) => {
      const id = attr(xfs[Number(s ?? 0)], 'numFmtId');
      return codes.get(id) ?? BUILTIN[id] ?? `builtin ${id}`;
    },
    bold: (s) => /<b\/>|<b val="(1|true)"\/>/.test(fonts[Number(attr(xfs[Number(s ?? 0)], 'fontId'))]),
  };
}

const isDateFormat = (code: string) => /[dmy]/i.test(code.replace(/"[^"]*"/g, '')) && !/General/.test(code);

/** A sheet the product created: bold frozen header, autofilter, widths, dates in a date format. */
function expectFormattedSheet(bytes: Buffer, sheet: string, dateRefs: string[]): void {
  const xml = partText(bytes, sheetParts(bytes).get(sheet)!);
  const formats = cellFormats(bytes);
  expect(xml).toMatch(/<pane [^>]*state="frozen"/);
  expect(xml).toMatch(/<autoFilter ref="A1:/);
  expect(xml).toMatch(/<cols><col /);
  const cells = cellElements(xml);
  const header = [...cells].filter(([ref]) => /^[A-Z]+1$/.test(ref));
  expect(header.length).toBeGreaterThan(1);
  for (const [ref, element] of header) expect([sheet, ref, formats.bold(styleOf(element))]).toEqual([sheet, ref, true]);
  for (const ref of dateRefs) expect([sheet, ref, isDateFormat(formats.numFmt(styleOf(cells.get(ref))))]).toEqual([sheet, ref, true]);
}

/** Members keeps every feature of the staff's sheet, word for word. */
function expectMembersFeatures(bytes: Buffer): void {
  const xml = partText(bytes, sheetParts(bytes).get('Members')!);
  for (const [feature, text] of Object.entries(MEMBERS_FEATURES)) expect([feature, xml.includes(text)]).toEqual([feature, true]);
  expect(xml).toContain('<row r="1" ht="20" customHeight="1">');
}

const serial = (iso: string) => dateToSerial(isoDate(iso), false);
const members = (bytes: Buffer) => cellElements(partText(bytes, sheetParts(bytes).get('Members')!));
/** Members' columns no command here writes: Member ID, Name, Email, Product, Start Date, AutoPay, Notes, Fee, Score. */
const UNWRITTEN_COLUMNS = /^[ABCFGIJKL]\d+$/;

describe('the staff workbook kept through preview, post, revert and reconcile (SPEC §8)', () => {
  it('preview creates a formatted Preview sheet and changes no other part but the workbook’s lists', async () => {
    const path = staffBook();
    const before = readFileSync(path);
    const result = await preview(path);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const after = readFileSync(path);
    const changed = expectOnlyNeededChanges(before, after);
    expect(changed).not.toContain(sheetParts(before).get('Members'));
    expect(changed.filter((n) => /chart|drawing|table|comments|vml|theme|docProps|sheet[2357]\.xml$/.test(n))).toEqual([]);
    expect(sheetParts(after).has('Preview NIGHTLY')).toBe(true);
    expectFormattedSheet(after, 'Preview NIGHTLY', []);
    expectReadersAgree(after);
  });

  it('post writes Members and Invoices cell by cell, keeping every feature, style and unwritten cell; created sheets are formatted', async () => {
    const path = staffBook();
    await preview(path);
    const before = readFileSync(path);
    const result = await post(path);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const after = readFileSync(path);
    const changed = expectOnlyNeededChanges(before, after);
    // Report (formulas, one without a cached value), its chart, the hidden Lists, Other's table: untouched.
    for (const name of ['Report', 'Lists', 'Other', 'Products']) expect(changed).not.toContain(sheetParts(before).get(name));
    for (const part of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/tables/table1.xml', 'xl/comments1.xml', 'xl/worksheets/_rels/sheet1.xml.rels'])
      expect(changed).not.toContain(part);
    expect(partText(after, 'xl/workbook.xml')).toContain('<definedName name="Fees">Members!$K$2:$K$7</definedName>');
    expect(partText(after, 'xl/workbook.xml')).toMatch(/<sheet name="Lists" sheetId="6" state="hidden"/);

    expectMembersFeatures(after);
    const [old, now] = [members(before), members(after)];
    for (const [ref, element] of old) if (UNWRITTEN_COLUMNS.test(ref)) expect([ref, now.get(ref)]).toEqual([ref, element]);
    // Formulas without a cached value in a column the product does not read are kept, not deleted.
    expect(now.get('L2')).toBe('<c r="L2"><f>K2*2</f></c>');
    // Written cells keep their own style (M4's Status, dropped, keeps its red font); a date written where there was none gets a date format.
    expect(sheetJsValues(after).get('Members')!.get('D5')).toBe('Non-Member');
    const termination = [...now].find(([ref, element]) => /^[A-Z]+1$/.test(ref) && element.includes('Termination Date'));
    if (termination) expect(isDateFormat(cellFormats(after).numFmt(styleOf(now.get(`${termination[0].replace(/\d+$/, '')}5`))))).toBe(true);
    for (const ref of [...old.keys()].filter((r) => /^E\d+$/.test(r))) expect([ref, styleOf(now.get(ref))]).toEqual([ref, styleOf(old.get(ref))]);
    // Headers the post added to Members look like the sheet's own: each styled like the header to its left (bold, filled).
    const addedHeaders = [...now.keys()].filter((ref) => /^[A-Z]+1$/.test(ref) && !old.has(ref));
    expect(addedHeaders.length).toBeGreaterThan(0);
    const leftOf = (ref: string): string => XLSX.utils.encode_cell({ r: 0, c: XLSX.utils.decode_cell(ref).c - 1 });
    for (const ref of addedHeaders) expect([ref, styleOf(now.get(ref))]).toEqual([ref, styleOf(now.get(leftOf(ref)) ?? old.get(leftOf(ref)))]);
    expect(styleOf(now.get(addedHeaders[0]))).not.toBeNull();

    const invoices = sheetJsValues(after).get('Invoices')!;
    const newRow = [...invoices].find(([ref, v]) => ref.startsWith('A') && v === 'INV-000003')![0].slice(1);
    const invoiceCells = cellElements(partText(after, sheetParts(after).get('Invoices')!));
    expect(isDateFormat(cellFormats(after).numFmt(styleOf(invoiceCells.get(`C${newRow}`))))).toBe(true);

    const created = [...sheetParts(after).keys()].filter((n) => !sheetParts(before).has(n));
    expect(created).toEqual(expect.arrayContaining(['Run Log', 'Journal', 'NIGHTLY Invoices']));
    expectFormattedSheet(after, 'Run Log', []);
    expectFormattedSheet(after, 'NIGHTLY Invoices', ['G2']);
    for (const sheet of created) expectFormattedSheet(after, sheet, []);
    expectReadersAgree(after);
  });

  it('revert restores every value of every sheet the post changed, keeping styles and features', async () => {
    const path = staffBook();
    await preview(path);
    const previewed = readFileSync(path);
    await post(path);
    const result = await revert(path);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const after = readFileSync(path);
    const [was, is] = [sheetJsValues(previewed), sheetJsValues(after)];
    for (const name of STAFF_SHEETS) expect([name, Object.fromEntries(is.get(name)!)]).toEqual([name, Object.fromEntries(was.get(name)!)]);
    expectMembersFeatures(after);
    const [old, now] = [members(previewed), members(after)];
    for (const [ref, element] of old) expect([ref, styleOf(now.get(ref))]).toEqual([ref, styleOf(element)]);
    for (const [ref, element] of old) if (UNWRITTEN_COLUMNS.test(ref)) expect([ref, now.get(ref)]).toEqual([ref, element]);
    expect(changedEntries(previewed, after).filter((n) => /chart|drawing|table|comments|vml|theme|sheet[5-7]\.xml$/.test(n))).toEqual([]);
    expectReadersAgree(after);
  });

  it('reconcile writes the settled invoice’s cells and a formatted Payments batch, keeping the rest', async () => {
    const path = staffBook();
    const csv = join(mkdtempSync(join(tmpdir(), 'rr-kept-csv-')), 'settled.csv');
    writeFileSync(
      csv,
      'Reference,Invoice ID,Amount,Result,Settlement Status,Processed At,Reason\r\nTX-1,INV-000002,120.00,Completed,Settled,2026-11-21T12:00:00Z,\r\n',
    );
    const before = readFileSync(path);
    const result = await cli(['reconcile', path, '--settlements', csv, '--as-of', SMALL_AS_OF]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const after = readFileSync(path);
    const changed = expectOnlyNeededChanges(before, after);
    expect(changed).toContain(sheetParts(before).get('Invoices'));
    for (const part of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/tables/table1.xml', 'xl/comments1.xml']) expect(changed).not.toContain(part);
    expectMembersFeatures(after);
    const [old, now] = [members(before), members(after)];
    for (const [ref, element] of old) if (UNWRITTEN_COLUMNS.test(ref)) expect([ref, now.get(ref)]).toEqual([ref, element]);
    // M5's End Date, extended by the payment, keeps the cell's own date format.
    expect(sheetJsValues(after).get('Members')!.get('H6')).toBe(serial('2027-11-10'));
    expect(styleOf(now.get('H6'))).toBe(String(STAFF_STYLE.date));
    expect(cellFormats(after).numFmt(styleOf(now.get('H6')))).toBe('dd mmm yyyy');
    const created = [...sheetParts(after).keys()].filter((n) => !sheetParts(before).has(n));
    expect(created.length).toBeGreaterThan(0);
    for (const sheet of created) expectFormattedSheet(after, sheet, []);
    expectReadersAgree(after);
  });

  it('deliver writes only a formatted Deliveries sheet, keeping every other part', async () => {
    const path = staffBook({ fromAddress: 'office@club.example' });
    await preview(path);
    await post(path);
    const before = readFileSync(path);
    const outbox = mkdtempSync(join(tmpdir(), 'rr-kept-outbox-'));
    const result = await cli(['deliver', path, '--run', 'NIGHTLY', '--outbox', outbox]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const after = readFileSync(path);
    const changed = expectOnlyNeededChanges(before, after);
    for (const name of STAFF_SHEETS) expect(changed).not.toContain(sheetParts(before).get(name));
    for (const part of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/tables/table1.xml', 'xl/comments1.xml']) expect(changed).not.toContain(part);
    expect([...sheetParts(after).keys()].filter((n) => !sheetParts(before).has(n))).toEqual(['Deliveries']);
    expectFormattedSheet(after, 'Deliveries', ['B2']);
    expectMembersFeatures(after);
    expectReadersAgree(after);
  });

  it('writes what the host meant: SheetJS reads the saved grids cell for cell', async () => {
    const host = workbookFromBytes(Buffer.from(staffWorkbook()), 'members.xlsx');
    let book = await openBook(host, 'members.xlsx');
    await previewRun(book, findRun(book, 'NIGHTLY'), isoDate(SMALL_AS_OF));
    book = await openBook(host, 'members.xlsx');
    await postRun(book, findRun(book, 'NIGHTLY'), { asOf: isoDate(SMALL_AS_OF), now: NOW, session: 'cli:test' });
    const meant = withoutUncalculated(gridValues(host.readWorkbookSync()));
    const saved = sheetJsValues(Buffer.from(host.toBytes()));
    expect([...saved.keys()]).toEqual([...meant.keys()]);
    for (const [name, values] of meant) expect([name, Object.fromEntries(saved.get(name)!)]).toEqual([name, Object.fromEntries(values)]);
  });

  it('takes a formula without a calculated value in a column it reads as an input error, in SPEC §8’s words', async () => {
    const path = staffBook({ uncalculatedEndDate: true });
    const result = await preview(path);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Members.*row 3.*End Date is a formula without a calculated value: open and save the workbook in Excel first/);
    expect(members(readFileSync(path)).get('H3')).toBe(`<c r="H3" s="${STAFF_STYLE.date}"><f>G3+364</f></c>`);
  });
});
