/**
 * SPEC §8 "Files it did not write", through the built CLI in real processes (npm run build:cli
 * first): every file of the shared corpus (../shared/corpus, read in place, never copied into the
 * repository) and hostile files made here go through `validate` and `preview --out`. Each exits
 * 0, 1 or 2 with a message — never a stack trace, never "internal error" (exit 70) — within a
 * time bound and in a Node heap capped at 512 MB (a blow-up kills the process and fails the
 * test), and the input file is never changed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { deflatedZeros, rawZip } from '../../src/hosts/file/package/testing/rawZip';
import { SMALL_AS_OF, smallBook } from '../fixtures/smallBook';
import { staffWorkbook } from '../fixtures/staffWorkbook';
import { xlsxBytes } from '../fixtures/xlsxFixture';
import { BIN } from './cliProcess';

const CORPUS = join(__dirname, '../../../shared/corpus');
const present = existsSync(CORPUS);
const corpusFiles = present ? readdirSync(CORPUS).filter((f) => /\.xls[xmb]?$/i.test(f)) : [];
const TIME_LIMIT_MS = 30_000;

jest.setTimeout(10 * 60_000);

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `renewal-runs ARGS` in a Node capped at a 512 MB heap, killed past the time limit. */
function runBounded(args: string[]): Promise<Outcome> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--max-old-space-size=512', BIN, ...args], { timeout: TIME_LIMIT_MS, killSignal: 'SIGKILL' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started })));
}

/** The outcome of validate and of preview --out on `path`, checked against SPEC §8; the exit codes. */
async function expectHandled(path: string, run = 'NIGHTLY'): Promise<{ validate: Outcome; preview: Outcome }> {
  const before = readFileSync(path);
  const out = join(mkdtempSync(join(tmpdir(), 'rr-hostile-out-')), 'out.xlsx');
  const validate = await runBounded(['validate', path]);
  const preview = await runBounded(['preview', path, '--run', run, '--as-of', SMALL_AS_OF, '--out', out]);
  for (const [command, outcome] of Object.entries({ validate, preview })) {
    const said = `${outcome.stdout}${outcome.stderr}`;
    expect({ command, signal: outcome.signal, exitedWell: [0, 1, 2].includes(outcome.code ?? -1) }).toEqual({ command, signal: null, exitedWell: true });
    expect({ command, internal: /internal error|\n\s+at .*\(.*:\d+:\d+\)/.test(said) }).toEqual({ command, internal: false });
    expect(said.trim().length).toBeGreaterThan(0);
    if (outcome.code !== 0) expect(outcome.stderr.trim().length).toBeGreaterThan(0);
  }
  expect(readFileSync(path).equals(before)).toBe(true);
  return { validate, preview };
}

/** What an outcome was, in a word, for the tally. */
function kindOf(outcome: Outcome): string {
  if (outcome.code === 0) return 'read';
  const kinds: [RegExp, string][] = [
    [/has no sheet|missing/i, 'missing sheets'],
    [/password/, 'encrypted'],
    [/save it as an Excel Workbook/, 'not .xlsx'],
    [/corrupt/, 'corrupt'],
    [/could not be read/, 'unreadable sheet'],
    [/inflate|more than Excel/, 'too large'],
  ];
  return kinds.find(([words]) => words.test(outcome.stderr))?.[1] ?? 'other';
}

const hostileDir = () => mkdtempSync(join(tmpdir(), 'rr-hostile-'));
function writeHostile(name: string, bytes: Uint8Array): string {
  const path = join(hostileDir(), name);
  writeFileSync(path, bytes);
  return path;
}

/** The staff workbook with its Members part changed by `change`. */
function withMembers(change: (xml: string) => string): Uint8Array {
  const files = unzipSync(staffWorkbook());
  files['xl/worksheets/sheet1.xml'] = strToU8(change(strFromU8(files['xl/worksheets/sheet1.xml'])));
  return zipSync(files, { level: 6 });
}

describe('the shared corpus through the CLI', () => {
  it('finds the corpus (required under CI)', () => {
    if (process.env.CI === 'true') expect(present).toBe(true);
  });

  const tally: Record<string, string[]> = {};
  afterAll(() => {
    // The outcome per exit code, for the record (README and reports quote it).
    if (Object.keys(tally).length > 0) process.stdout.write(`corpus outcomes: ${JSON.stringify(tally)}\n`);
  });

  it.each(corpusFiles.length > 0 ? corpusFiles : ['(no corpus)'])(
    '%s: validate and preview exit 0, 1 or 2 with a message and leave it unchanged',
    async (file) => {
      if (!present) return;
      const { validate, preview } = await expectHandled(join(CORPUS, file));
      for (const [command, outcome] of Object.entries({ validate, preview })) (tally[`${command} exit ${outcome.code} ${kindOf(outcome)}`] ??= []).push(file);
    },
  );
});

describe('hostile files through the CLI', () => {
  it('reads a Members sheet declaring A1:XFD1048576 by the cells really there', async () => {
    const path = writeHostile(
      'dimension.xlsx',
      withMembers((xml) => xml.replace('<dimension ref="A1:L7"/>', '<dimension ref="A1:XFD1048576"/>')),
    );
    const { validate, preview } = await expectHandled(path);
    expect([validate.code, preview.code]).toEqual([0, 0]);
    expect(preview.ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('refuses a zip bomb small on disk (Members inflating to 1.5 GiB, declaring 5 KB) with exit 1', async () => {
    const files = unzipSync(staffWorkbook());
    const entries = Object.entries(files).map(([name, data]) =>
      name === 'xl/worksheets/sheet1.xml' ? { name, data: deflatedZeros(1.5 * 1024 ** 3), method: 8, size: 5000, crc: 0 } : { name, data },
    );
    const path = writeHostile('bomb.xlsx', rawZip(entries));
    expect(readFileSync(path).length).toBeLessThan(16 * 1024 ** 2); // about 1/150 of what it inflates to
    const { validate, preview } = await expectHandled(path);
    expect([validate.code, preview.code]).toEqual([1, 1]);
    expect(preview.stderr).toMatch(/corrupt|too large|inflate/i);
  });

  it('takes a 40,000-character cell in Members as an input error (exit 0)', async () => {
    const path = writeHostile(
      'long.xlsx',
      withMembers((xml) => xml.replace('<t>Member M1</t>', `<t>${'x'.repeat(40_000)}</t>`)),
    );
    const { validate, preview } = await expectHandled(path);
    expect(preview.code).toBe(0);
    expect(`${validate.stdout}${preview.stdout}`).toMatch(/row 2.*longer than Excel's 32,767 characters/);
  });

  it('refuses an encrypted workbook: save it without a password', async () => {
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from('EncryptionInfo', 'utf16le').copy(cfb, 1024);
    Buffer.from('EncryptedPackage', 'utf16le').copy(cfb, 1152);
    const { validate, preview } = await expectHandled(writeHostile('locked.xlsx', cfb));
    expect([validate.code, preview.code]).toEqual([1, 1]);
    expect(preview.stderr).toContain('save it without a password');
  });

  it('refuses an .xlsb saved under an .xlsx name: save it as an Excel Workbook (.xlsx)', async () => {
    const bytes = zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      ),
      'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00]),
    });
    const { validate, preview } = await expectHandled(writeHostile('binary.xlsx', bytes));
    expect([validate.code, preview.code]).toEqual([1, 1]);
    expect(preview.stderr).toContain('save it as an Excel Workbook (.xlsx)');
  });

  it('refuses Members and MEMBERS, naming both', async () => {
    const sheets = smallBook();
    const path = writeHostile('twice.xlsx', xlsxBytes({ ...sheets, MEMBERS: sheets.Members }));
    const { validate, preview } = await expectHandled(path);
    expect([validate.code, preview.code]).toEqual([1, 1]);
    expect(preview.stderr).toMatch(/'Members' and 'MEMBERS' both match sheet Members/);
  });

  it('reports a row of formulas without calculated values instead of dropping it', async () => {
    const row =
      '<row r="8"><c r="A8" t="str"><f>"M"&amp;ROW()</f></c><c r="E8" t="str"><f>Lists!A1</f></c><c r="F8" t="str"><f>"Annual"</f></c><c r="H8"><f>TODAY()</f></c></row>';
    const path = writeHostile(
      'formulas.xlsx',
      withMembers((xml) => xml.replace('</sheetData>', `${row}</sheetData>`)),
    );
    const { validate, preview } = await expectHandled(path);
    expect(preview.code).toBe(0);
    expect(`${validate.stdout}${preview.stdout}`).toMatch(/row 8.*formula without a calculated value: open and save the workbook in Excel first/);
  });
});
