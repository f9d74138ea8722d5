/**
 * `preview` and `post` of the NIGHTLY run through the app layer (issue 12 "Performance goals"):
 * the part-level file host (PackageWorkbookHost with Node's codecs), the old SheetJS path
 * (XlsxWorkbookHost) on the same file, and the physical floor of the same command on the same
 * file (inflate every part read + touch every cell of the sheets read + deflate and zip the
 * parts written), and the real `renewal-runs preview|post --out` end to end, each in a child
 * process (packageCommandChild.ts), three interleaved rounds (one run at 1,000,000).
 * 100,000 memberships always; 1,000,000 too with BENCH_LARGE=1.
 * Run alone: `node lib/test/bench/packageCommandReport.js [memberships…]`.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_AS_OF, BENCH_DIR, benchWorkbookPath } from './benchWorkbook';

type Result = Record<string, number | string>;

function child(args: string[]): Result {
  const r = spawnSync(process.execPath, ['--max-old-space-size=20000', join(__dirname, 'packageCommandChild.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (r.status !== 0 || !line) throw new Error(`packageCommandChild ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(line.slice(6));
}

/** The middle value (of an odd count; the lower middle of an even one). */
function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The run with the median time. */
function medianRun(runs: Result[]): Result {
  const sorted = [...runs].sort((a, b) => Number(a.totalMs) - Number(b.totalMs));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

const s = (ms: unknown): string => `${(Number(ms) / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** Each workload of one command, run once per round: its floor, the package host, the CLI, the old path. */
interface Rounds {
  floor: Result[];
  host: Result[];
  cli: Result[];
  old: Result[];
}

/**
 * Prints preview and post figures for each size. The workloads are interleaved — each round runs
 * every workload once — so that a machine whose speed drifts during the benchmark (this 2-core VM
 * varies by ±20 % from minute to minute) slows a command and its floor alike; each ratio is the
 * median of the ratios within a round, not a ratio of medians taken minutes apart.
 */
export function packageCommandBenchmarks(sizes: number[]): void {
  for (const members of sizes) {
    const input = benchWorkbookPath(members);
    const times = members > 100_000 ? 1 : 3;
    const file = (name: string): string => join(BENCH_DIR, `${name}-${members}.xlsx`);
    const previewed = file('pkg-preview');
    const posted = file('pkg-post');
    const preview: Rounds = { floor: [], host: [], cli: [], old: [] };
    const post: Rounds = { floor: [], host: [], cli: [], old: [] };
    // The old path: slow (about a minute a run at 1,000,000), so once there.
    const oldTimes = process.env.BENCH_SKIP_SHEETJS ? 0 : members > 100_000 ? 1 : times;
    for (let round = 0; round < times; round++) {
      preview.host.push(child(['preview', 'package', input, previewed, BENCH_AS_OF]));
      preview.floor.push(child(['preview', 'floor', input, file('floor-preview'), BENCH_AS_OF, previewed]));
      // The real commands end to end: lock, read, work, atomic write (no .bak: --out).
      preview.cli.push(child(['preview', 'cli', input, file('cli-preview'), BENCH_AS_OF]));
      const hostPost = child(['post', 'package', previewed, posted, BENCH_AS_OF]);
      post.host.push(hostPost);
      // A post refused (its output would pass the 1 GiB the reader accepts) has no output to measure a floor on.
      if (!hostPost.refused) post.floor.push(child(['post', 'floor', previewed, file('floor-post'), BENCH_AS_OF, posted]));
      post.cli.push(child(['post', 'cli', file('cli-preview'), file('cli-post'), BENCH_AS_OF]));
      if (round < oldTimes) {
        preview.old.push(child(['preview', 'sheetjs', input, file('sheetjs-preview'), BENCH_AS_OF]));
        // The old path posts its own preview: SheetJS reading the package host's output fingerprints
        // the inputs differently (it refuses "the workbook changed since its preview"; see README).
        post.old.push(child(['post', 'sheetjs', file('sheetjs-preview'), file('sheetjs-post'), BENCH_AS_OF]));
      }
    }
    const refused = post.host.some((r) => r.refused);
    console.log(
      `\n== preview and post through the app layer: ${members.toLocaleString('en-US')} memberships (${mb(statSync(input).size)} in, ` +
        `${mb(statSync(previewed).size)} previewed${refused ? '' : `, ${mb(statSync(posted).size)} posted`})` +
        `${times > 1 ? `, ${times} interleaved rounds: medians, and the median of each round's ratio to its floor` : ', one run'}`,
    );
    const line = (label: string, runs: Result[], floors: Result[]): void => {
      if (runs.length === 0) return;
      const r = medianRun(runs);
      const all = times > 1 ? ` (runs ${runs.map((x) => (Number(x.totalMs) / 1000).toFixed(2)).join(', ')})` : '';
      if (runs.some((x) => x.refused) || floors.length === 0) {
        console.log(`  ${label.padEnd(24)} ${s(r.totalMs).padStart(8)}  ${r.refused ? `refused: ${r.refused}` : ''}  peak ${r.peakRssMb} MB${all}`);
        return;
      }
      const ratio = middle(runs.map((x, i) => Number(x.totalMs) / Number(floors[Math.min(i, floors.length - 1)].totalMs)));
      console.log(`  ${label.padEnd(24)} ${s(r.totalMs).padStart(8)}  ${ratio.toFixed(2)}× floor  peak ${r.peakRssMb} MB${all}`);
    };
    for (const [name, rounds] of [
      ['preview', preview],
      ['post', post],
    ] as const) {
      if (rounds.floor.length > 0) {
        const f = medianRun(rounds.floor);
        const all = times > 1 ? ` (runs ${rounds.floor.map((x) => (Number(x.totalMs) / 1000).toFixed(2)).join(', ')})` : '';
        console.log(`  ${`${name} floor`.padEnd(24)} ${s(f.totalMs).padStart(8)}  (read ${s(f.readMs)} + write ${s(f.writeMs)})  peak ${f.peakRssMb} MB${all}`);
      }
      line(`${name} package host`, rounds.host, rounds.floor);
      line(`${name} renewal-runs CLI`, rounds.cli, rounds.floor);
      line(`${name} SheetJS (old)`, rounds.old, rounds.floor);
    }
  }
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  packageCommandBenchmarks(sizes.length > 0 ? sizes : [100_000]);
}
