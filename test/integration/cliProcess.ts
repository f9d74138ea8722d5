/**
 * Test support: the built `bin/renewal-runs.js` (npm run build:cli first) in real processes —
 * started, waited for, SIGKILLed — and the small workbooks the file-safety tests run them on.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkbookFile } from '../../src/hosts/file/workbookFile';
import { SMALL_AS_OF, smallBook } from '../fixtures/smallBook';
import { xlsxBytes } from '../fixtures/xlsxFixture';

export const BIN = join(__dirname, '..', '..', 'bin', 'renewal-runs.js');

export interface CliProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliProcessOptions {
  env?: Record<string, string>;
  /** Scripts loaded with `node -r` before the CLI (a fixed clock, an injected fs error). */
  preload?: string[];
}

/** Starts `renewal-runs ARGS`; `done` settles when it has exited and its output is read. */
export function startCli(args: string[], options: CliProcessOptions = {}) {
  const preload = (options.preload ?? []).flatMap((p) => ['-r', p]);
  const child = spawn(process.execPath, [...preload, BIN, ...args], { env: { ...process.env, ...options.env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<CliProcessResult>((resolve) => child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** Runs `renewal-runs ARGS` to its end. */
export function runCliProcess(args: string[], options: CliProcessOptions = {}): Promise<CliProcessResult> {
  return startCli(args, options).done;
}

/** Waits until `test()` holds, polling; fails after `timeoutMs`. */
export async function waitUntil(test: () => boolean, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const folder = (prefix = 'rr-safe-') => mkdtempSync(join(tmpdir(), prefix));

/**
 * A preload script fixing the clock the CLI reads (`new Date()`, which stamps Executed At and the
 * Journal) at 2026-11-21 12:00 UTC, and the posting session (Posting By, else `cli:<host>:<pid>`)
 * at `cli:test`, so two posts of one book give the same bytes. `Date.now()` stays real: the
 * lock's staleness is measured with it.
 */
export function fixedClockPreload(): string {
  const path = join(folder('rr-clock-'), 'fixedClock.js');
  writeFileSync(
    path,
    `const RealDate = Date;
const FIXED = RealDate.parse('${SMALL_AS_OF}T12:00:00Z');
global.Date = class extends RealDate { constructor(...args) { if (args.length === 0) super(FIXED); else super(...args); } };
process.env.RENEWAL_RUNS_SESSION = 'cli:test';
`,
  );
  return path;
}

/**
 * A preload script making one `fs` call throw `code` — for paths containing `match`, or on every
 * call when `match` is null (fd calls): an operating-system failure a root test process cannot
 * provoke for real (EACCES), or one no test can (EIO).
 */
export function failingFsPreload(call: 'renameSync' | 'openSync' | 'writeSync' | 'fsyncSync', code: string, match: string | null): string {
  const path = join(folder('rr-fail-'), `fail-${call}-${code}.js`);
  const when = match === null ? 'true' : `typeof args[0] === 'string' && args[0].includes(${JSON.stringify(match)})`;
  writeFileSync(
    path,
    `const fs = require('node:fs');
const real = fs.${call};
fs.${call} = function (...args) {
  if (${when}) throw Object.assign(new Error('${code}: injected by the test'), { code: '${code}' });
  return real.apply(this, args);
};
`,
  );
  return path;
}

/** The runs of {@link manyRunsBook}: NIGHTLY (real work) and four that find nobody, so their posts never invalidate each other's previews. */
export const QUIET_RUNS = ['P1', 'P2', 'V1', 'V2'] as const;

/** smallBook with four more runs (Member Types `Nobody`): a book small enough to run many processes on. */
export function manyRunsBook(dir = folder(), name = 'book.xlsx'): string {
  const sheets = smallBook();
  sheets.Runs[0].push('Member Types');
  sheets.Runs[1].push('Regular');
  for (const id of QUIET_RUNS) sheets.Runs.push([id, `Quiet run ${id}`, 'renew, notify', 30, 14, 5, 60, 'No', 'Nobody']);
  const path = join(dir, name);
  writeFileSync(path, xlsxBytes(sheets));
  return path;
}

/** What the tests look for in a book: its sheet names and its Run Log rows (`<Run ID> <Status>`). The book must load. */
export function bookState(path: string): { sheets: string[]; runLog: string[] } {
  const grids = loadWorkbookFile(path).readWorkbookSync();
  const log = grids.sheets.find((s) => s.name === 'Run Log');
  const runLog = log ? log.cells.slice(1).map((row) => `${String(row[0])} ${String(row[3])}`) : [];
  return { sheets: grids.sheets.map((s) => s.name), runLog };
}
