/**
 * The real `renewal-runs deliver BOOK --run NIGHTLY --outbox DIR --letters FILE [--dry-run]`, in a
 * process of its own, timed end to end (lock, read, render, write, save the Deliveries sheet).
 * `node deliverChild.js prepare INPUT POSTED`: previews and posts the NIGHTLY run of INPUT into
 * POSTED (done once; the report caches it). `node deliverChild.js deliver|dry-run POSTED WORKDIR`:
 * copies POSTED into a fresh WORKDIR and delivers the copy there; prints messages, emails,
 * letters, the total time, peak RSS and the sizes of a typical .eml and invoice PDF.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { BENCH_AS_OF } from './benchWorkbook';
import { peakRssMb, report, timedAsync } from './measure';

const [mode, a, b] = process.argv.slice(2);
const now = () => new Date(`${BENCH_AS_OF}T08:00:00Z`);

async function cli(args: string[]): Promise<string> {
  let out = '';
  let errors = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (errors += t), now, cwd: process.cwd() });
  if (code !== 0) throw new Error(`${args[0]} exited ${code}: ${errors}`);
  return out;
}

/** A number in the summary line `…: N messages` / `N written to the outbox` / `N letters`. */
function figure(text: string, pattern: RegExp): number {
  const m = pattern.exec(text);
  return m ? Number(m[1]) : 0;
}

/** The .eml of the median size among those with an attachment, and its attachment's base64 decoded. */
function typicalEml(outbox: string): { emlKb: number; pdfKb: number } {
  const files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
  const sample = files.filter((_, i) => i % Math.max(1, Math.floor(files.length / 200)) === 0);
  const sized = sample.map((f) => ({ f, size: statSync(join(outbox, f)).size })).sort((x, y) => x.size - y.size);
  const typical = sized[Math.floor(sized.length / 2)];
  if (!typical) return { emlKb: 0, pdfKb: 0 };
  const text = readFileSync(join(outbox, typical.f), 'latin1');
  const pdfPart = /Content-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+)/.exec(text);
  const pdfBytes = pdfPart ? Buffer.from(pdfPart[1].replace(/\r\n/g, ''), 'base64').length : 0;
  return { emlKb: Math.round(typical.size / 102.4) / 10, pdfKb: Math.round(pdfBytes / 102.4) / 10 };
}

async function main(): Promise<void> {
  if (mode === 'prepare') {
    const previewed = `${b}.previewed.xlsx`;
    await cli(['preview', a, '--run', 'NIGHTLY', '--as-of', BENCH_AS_OF, '--out', previewed]);
    await cli(['post', previewed, '--run', 'NIGHTLY', '--out', b]);
    rmSync(previewed, { force: true });
    report({ kind: 'prepare', path: b });
    return;
  }
  const dryRun = mode === 'dry-run';
  rmSync(b, { recursive: true, force: true });
  mkdirSync(b, { recursive: true });
  const book = join(b, 'book.xlsx');
  copyFileSync(a, book);
  const outbox = join(b, 'outbox');
  const letters = join(b, 'letters.pdf');
  const args = ['deliver', book, '--run', 'NIGHTLY', '--outbox', outbox, '--letters', letters, ...(dryRun ? ['--dry-run'] : [])];
  const result = await timedAsync(() => cli(args));
  const peak = peakRssMb();
  const text = result.value;
  const messages = figure(text, /: (\d+) messages/);
  const emails = dryRun ? figure(text, /(\d+) to the outbox/) : figure(text, /(\d+) written to the outbox/);
  const lettersCount = figure(text, /(\d+) letters/);
  const sizes = dryRun ? { emlKb: 0, pdfKb: 0 } : typicalEml(outbox);
  const lettersMb = dryRun ? 0 : Math.round(statSync(letters).size / 1e5) / 10;
  report({ kind: mode, messages, emails, letters: lettersCount, totalMs: result.ms, peakRssMb: peak, ...sizes, lettersMb });
  rmSync(b, { recursive: true, force: true });
}

void main();
