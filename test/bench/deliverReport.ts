/**
 * `deliver` of about 10,000 messages with their invoice PDFs (issue 13): the NIGHTLY run of the
 * benchmark book (BENCH_DELIVER_MEMBERS memberships, default 50,000) is previewed and posted once
 * (cached in BENCH_DIR), then `deliver --outbox DIR --letters FILE` runs on a fresh copy of the
 * posted book into a fresh outbox, each in a child process of its own (deliverChild.ts), median
 * of 3; and `--dry-run` (renders everything, writes nothing) likewise, to split rendering from
 * I/O. Goal: at most 30 s and 1 GB on the benchmark machine.
 * Run alone: `BENCH_ONLY=deliver npm run bench`, or `node lib/test/bench/deliverReport.js`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, benchWorkbookPath } from './benchWorkbook';

type Result = Record<string, number | string>;

const GOAL_MS = 30_000;
const GOAL_MB = 1024;

function child(args: string[]): Result {
  const r = spawnSync(process.execPath, [join(__dirname, 'deliverChild.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = r.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (r.status !== 0 || !line) throw new Error(`deliverChild ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(line.slice(6));
}

function median(times: number, args: string[]): Result {
  const results = Array.from({ length: times }, () => child(args));
  results.sort((x, y) => Number(x.totalMs) - Number(y.totalMs));
  return { ...results[Math.floor(times / 2)], all: results.map((r) => (Number(r.totalMs) / 1000).toFixed(1)).join(', ') };
}

const s = (ms: unknown): string => `${(Number(ms) / 1000).toFixed(2)} s`;

/** Prints the deliver benchmark for a book of `members` memberships. */
export function deliverBenchmarks(members = Number(process.env.BENCH_DELIVER_MEMBERS ?? 50_000), times = 3): void {
  const input = benchWorkbookPath(members);
  const posted = join(BENCH_DIR, `deliver-posted-${members}.xlsx`);
  if (!existsSync(posted)) child(['prepare', input, posted]);
  const work = join(BENCH_DIR, `deliver-work-${process.pid}`);
  const dry = median(times, ['dry-run', posted, work]);
  const real = median(times, ['deliver', posted, work]);
  const messages = Number(real.messages);
  const perMessage = Number(real.totalMs) / messages;
  console.log(
    `\n== deliver: ${messages.toLocaleString('en-US')} messages of the NIGHTLY post of ${members.toLocaleString('en-US')} memberships ` +
      `(${Number(real.emails).toLocaleString('en-US')} emails to the outbox, ${Number(real.letters).toLocaleString('en-US')} letters), median of ${times}`,
  );
  console.log(
    `  deliver --outbox --letters ${s(real.totalMs)} (runs ${real.all} s), ${perMessage.toFixed(2)} ms/message; peak ${real.peakRssMb} MB; ` +
      `goal ${GOAL_MS / 1000} s: ${(Number(real.totalMs) / GOAL_MS).toFixed(2)}×, ${GOAL_MB} MB: ${(Number(real.peakRssMb) / GOAL_MB).toFixed(2)}×`,
  );
  console.log(
    `  --dry-run (render, no writes) ${s(dry.totalMs)} (runs ${dry.all} s), ${(Number(dry.totalMs) / messages).toFixed(2)} ms/message; peak ${dry.peakRssMb} MB; ` +
      `so writing costs about ${s(Number(real.totalMs) - Number(dry.totalMs))}`,
  );
  console.log(`  a typical .eml ${real.emlKb} KB holding an invoice PDF of ${real.pdfKb} KB; letters PDF ${real.lettersMb} MB`);
}

if (require.main === module) deliverBenchmarks(process.argv[2] ? Number(process.argv[2]) : undefined);
