/**
 * One `preview` or `post` of the NIGHTLY run in-process, as the CLI runs it through the app
 * layer (read the file, parse, plan, write the sheets, zip), in a process of its own so peak
 * memory belongs to it. Hosts: `package` (PackageWorkbookHost with Node's codecs), `sheetjs`
 * (the old XlsxWorkbookHost). `floor` does only the physical work of the same command on the
 * same file: inflate every part the package host reads, touch every cell tag of the sheets it
 * parses, then deflate the parts the command wrote (found by comparing `product`, the package
 * host's output, with the input) and zip them with the untouched entries copied raw.
 * `cli` runs the real command (`runCli`: lock, read, work, atomic write) with `--out output`.
 * Args: <preview|post> <package|sheetjs|floor|cli> <input.xlsx> <output.xlsx> <asOf> [product.xlsx]
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isoDate } from '../../src/engine/dates/isoDate';
import { openBook } from '../../src/app/openBook';
import { postRun } from '../../src/app/postRun';
import { previewRun } from '../../src/app/previewRun';
import { nodeCodecs } from '../../src/hosts/file/nodeCodecs';
import { InflateBudget } from '../../src/hosts/file/package/inflateBudget';
import { inflatePart } from '../../src/hosts/file/package/inflatePart';
import { resolveCodecs } from '../../src/hosts/file/package/packageCodecs';
import { EXCEL_LIMITS, type PackageEntry, type StoredEntry } from '../../src/hosts/file/package/packageModel';
import { readZip } from '../../src/hosts/file/package/readZip';
import { writeZip } from '../../src/hosts/file/package/writeZip';
import { PackageWorkbookHost } from '../../src/hosts/file/packageWorkbookHost';
import { XlsxWorkbookHost } from '../../src/hosts/file/xlsxWorkbookHost';
import type { WorkbookHost } from '../../src/hosts/workbookHost';
import { runCli } from '../../src/cli/main';
import { peakRssMb, report } from './measure';

const [command, mode, input, output, asOfText, product] = process.argv.slice(2);
const asOf = isoDate(asOfText);
const codecs = resolveCodecs(nodeCodecs());

async function runCommand(host: WorkbookHost & { toBytes(): Uint8Array }): Promise<number> {
  const book = await openBook(host, input);
  const run = book.read.runs.find((r) => r.id === 'NIGHTLY');
  if (!run) throw new Error('NIGHTLY run missing from the bench workbook');
  if (command === 'preview') await previewRun(book, run, asOf);
  else await postRun(book, run, { asOf, now: new Date('2026-11-21T02:00:00Z'), session: 'bench' });
  const bytes = host.toBytes();
  writeFileSync(output, bytes);
  return bytes.length;
}

/** The parts the product wrote: entries of its output that are not raw copies of the input's. */
function writtenParts(inputEntries: Map<string, PackageEntry>): PackageEntry[] {
  const out = readZip(new Uint8Array(readFileSync(product)), EXCEL_LIMITS);
  const written: PackageEntry[] = [];
  for (const entry of out.values()) {
    const before = inputEntries.get(entry.name) as StoredEntry | undefined;
    const e = entry as StoredEntry;
    if (before && before.crc32 === e.crc32 && before.compressedSize === e.compressedSize) written.push(before);
    else written.push({ kind: 'new', name: e.name, content: inflatePart(e, new InflateBudget(2 ** 31), codecs) });
  }
  return written;
}

function floor(): { readMs: number; writeMs: number; bytes: number } {
  const start = performance.now();
  const bytes = new Uint8Array(readFileSync(input));
  const entries = readZip(bytes, EXCEL_LIMITS);
  const budget = new InflateBudget(EXCEL_LIMITS.maxInflatedBytes);
  const decoder = new TextDecoder();
  let cells = 0;
  for (const entry of entries.values()) {
    if (!entry.name.endsWith('.xml') && !entry.name.endsWith('.rels')) continue;
    if (/^xl\/(drawings|charts|theme|tables)\//.test(entry.name)) continue;
    const content = inflatePart(entry as StoredEntry, budget, codecs);
    if (!entry.name.startsWith('xl/worksheets/')) continue;
    const xml = decoder.decode(content);
    for (let p = xml.indexOf('<c '); p >= 0; p = xml.indexOf('<c ', p + 3)) cells++;
  }
  const readMs = performance.now() - start;
  if (cells === 0) throw new Error('no cells');
  const parts = writtenParts(entries); // untimed: what the command had to write
  const writeStart = performance.now();
  const zip = writeZip(parts, codecs.deflate, codecs.crc32);
  writeFileSync(output, zip);
  return { readMs, writeMs: performance.now() - writeStart, bytes: zip.length };
}

/** The real command, as `renewal-runs` runs it: lock, read, work, write the file atomically. */
async function runRealCli(): Promise<void> {
  const args =
    command === 'preview' ? ['preview', input, '--run', 'NIGHTLY', '--as-of', asOfText, '--out', output] : ['post', input, '--run', 'NIGHTLY', '--out', output];
  const quiet = (): undefined => undefined;
  let said = '';
  // `--out` to a new file, as a first run would: an existing output is read and fingerprinted
  // before it is replaced (SPEC §8's "changed underneath"), which would time the last run's file.
  rmSync(output, { force: true });
  const start = performance.now();
  const code = await runCli(args, { stdout: quiet, stderr: (text) => void (said += text), now: () => new Date('2026-11-21T02:00:00Z'), cwd: process.cwd() });
  if (code === 1 && /too large|beyond/i.test(said))
    return report({ kind: `${command}-cli`, refused: said.trim(), totalMs: performance.now() - start, peakRssMb: peakRssMb() });
  if (code !== 0) throw new Error(`${command} exited ${code}: ${said}`);
  report({ kind: `${command}-cli`, totalMs: performance.now() - start, bytes: readFileSync(output).length, peakRssMb: peakRssMb() });
}

async function main(): Promise<void> {
  if (mode === 'cli') return runRealCli();
  if (mode === 'floor') {
    const f = floor();
    report({ kind: `${command}-floor`, totalMs: f.readMs + f.writeMs, readMs: f.readMs, writeMs: f.writeMs, bytes: f.bytes, peakRssMb: peakRssMb() });
    return;
  }
  const start = performance.now();
  const read = new Uint8Array(readFileSync(input));
  const host = mode === 'package' ? PackageWorkbookHost.fromBytes(read, nodeCodecs()) : XlsxWorkbookHost.fromBytes(read);
  let bytes: number;
  try {
    bytes = await runCommand(host);
  } catch (e) {
    // SPEC §8: an output past 1 GiB of parts is refused, not written (a 1,000,000-membership post).
    if ((e as Error).name !== 'Refusal') throw e;
    return report({ kind: `${command}-${mode}`, refused: (e as Error).message, totalMs: performance.now() - start, peakRssMb: peakRssMb() });
  }
  report({ kind: `${command}-${mode}`, totalMs: performance.now() - start, bytes, peakRssMb: peakRssMb() });
}

void main();
