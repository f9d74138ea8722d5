/**
 * The direct-debit bank files (SPEC §10, issue 14) for BENCH_BANK_SIZES collections (default
 * 10000,100000): writing a SEPA pain.008 and a NACHA PPD file, reading a camt.054 notification
 * back, and planning the reconcile of its credits. Each workload and each floor runs in a child
 * process of its own (bankFilesChild.ts), median of 3. Floors: the same pain.008 or NACHA
 * records written by plain string concatenation; decoding the camt.054 bytes and a bare saxes
 * parse that only counts elements. Planning the reconcile has no floor.
 * Run alone: `BENCH_ONLY=bank npm run bench`, or `node lib/test/bench/bankFilesReport.js [sizes…]`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

type Result = Record<string, number | string>;

function child(workload: string, n: number): Result {
  const r = spawnSync(process.execPath, ['--max-old-space-size=20000', '--expose-gc', join(__dirname, 'bankFilesChild.js'), workload, String(n)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (r.status !== 0 || !line) throw new Error(`bankFilesChild ${workload} ${n} failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(line.slice(6));
}

/** The run with the median time of `times`, with every run's time. */
function median(times: number, workload: string, n: number): Result {
  const results = Array.from({ length: times }, () => child(workload, n));
  results.sort((x, y) => Number(x.ms) - Number(y.ms));
  return { ...results[Math.floor(times / 2)], all: results.map((r) => s(r.ms)).join(', ') };
}

const s = (ms: unknown): string => (Number(ms) >= 1000 ? `${(Number(ms) / 1000).toFixed(2)} s` : `${Number(ms).toFixed(0)} ms`);
const ratio = (a: Result, b: Result): string => `${(Number(a.ms) / Number(b.ms)).toFixed(1)}×`;

/** Prints the bank files benchmark for each number of collections. */
export function bankFilesBenchmarks(sizes = (process.env.BENCH_BANK_SIZES ?? '10000,100000').split(',').map(Number), times = 3): void {
  for (const n of sizes) {
    const [sepa, sepaFloor, nacha, nachaFloor, camt, camtFloor, reconcile] = [
      'sepa',
      'sepa-floor',
      'nacha',
      'nacha-floor',
      'camt',
      'camt-floor',
      'reconcile',
    ].map((workload) => median(times, workload, n));
    console.log(
      `\n== Bank files (SPEC §10), ${n.toLocaleString('en-US')} collections (median of ${times}; peak = process peak RSS, inputs = peak before the timed call)`,
    );
    console.log(
      `  SEPA pain.008:   ${s(sepa.ms)} (runs ${sepa.all}), ${sepa.outMb} MB file, peak ${sepa.peakRssMb} MB (inputs ${sepa.inputPeakMb} MB) — ` +
        `floor (string concat) ${s(sepaFloor.ms)}, ${sepaFloor.outMb} MB, peak ${sepaFloor.peakRssMb} MB: ${ratio(sepa, sepaFloor)}`,
    );
    console.log(
      `  NACHA PPD:       ${s(nacha.ms)} (runs ${nacha.all}), ${nacha.outMb} MB file (${Number(nacha.lines).toLocaleString('en-US')} records), peak ${nacha.peakRssMb} MB (inputs ${nacha.inputPeakMb} MB) — ` +
        `floor (padEnd/padStart concat) ${s(nachaFloor.ms)}, peak ${nachaFloor.peakRssMb} MB: ${ratio(nacha, nachaFloor)}`,
    );
    console.log(
      `  camt.054 read:   ${s(camt.ms)} (runs ${camt.all}), ${camt.inMb} MB file, ${Number(camt.transactions).toLocaleString('en-US')} transactions, peak ${camt.peakRssMb} MB (inputs ${camt.inputPeakMb} MB) — ` +
        `floor (decode + saxes counting ${Number(camtFloor.elements).toLocaleString('en-US')} elements) ${s(camtFloor.ms)}, peak ${camtFloor.peakRssMb} MB: ${ratio(camt, camtFloor)}`,
    );
    console.log(
      `  reconcile plan:  ${s(reconcile.ms)} (runs ${reconcile.all}), ${Number(reconcile.items).toLocaleString('en-US')} credits against as many invoices, peak ${reconcile.peakRssMb} MB (inputs ${reconcile.inputPeakMb} MB) — no floor`,
    );
  }
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  bankFilesBenchmarks(sizes.length > 0 ? sizes : undefined);
}
