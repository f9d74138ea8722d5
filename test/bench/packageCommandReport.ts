/**
 * `preview` and `post` of the NIGHTLY run through the app layer (issue 12 "Performance goals"):
 * the part-level file host (PackageWorkbookHost with Node's codecs), the old SheetJS path
 * (XlsxWorkbookHost) on the same file, and the physical floor of the same command on the same
 * file (inflate every part read + touch every cell of the sheets read + deflate and zip the
 * parts written), and the real `renewal-runs preview|post --out` end to end, each in a child process (packageCommandChild.ts), medians of three (one run
 * at 1,000,000). 100,000 memberships always; 1,000,000 too with BENCH_LARGE=1.
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

function median(times: number, args: string[]): Result {
  const results = Array.from({ length: times }, () => child(args));
  results.sort((a, b) => Number(a.totalMs) - Number(b.totalMs));
  return results[Math.floor(times / 2)];
}

const s = (ms: unknown): string => `${(Number(ms) / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** Prints preview and post figures for each size. */
export function packageCommandBenchmarks(sizes: number[]): void {
  for (const members of sizes) {
    const input = benchWorkbookPath(members);
    const times = members > 100_000 ? 1 : 3;
    const file = (name: string): string => join(BENCH_DIR, `${name}-${members}.xlsx`);
    const previewed = file('pkg-preview');
    const posted = file('pkg-post');
    const preview = median(times, ['preview', 'package', input, previewed, BENCH_AS_OF]);
    const previewFloor = median(times, ['preview', 'floor', input, file('floor-preview'), BENCH_AS_OF, previewed]);
    const post = median(times, ['post', 'package', previewed, posted, BENCH_AS_OF]);
    // A post refused (its output would pass the 1 GiB the reader accepts) has no output to measure a floor on.
    const postFloor = post.refused ? null : median(times, ['post', 'floor', previewed, file('floor-post'), BENCH_AS_OF, posted]);
    // The real commands end to end: lock, read, work, atomic write (no .bak: --out).
    const cliPreview = median(times, ['preview', 'cli', input, file('cli-preview'), BENCH_AS_OF]);
    const cliPost = median(times, ['post', 'cli', file('cli-preview'), file('cli-post'), BENCH_AS_OF]);
    // The old path: slow (about a minute a run at 1,000,000), so once there.
    const oldTimes = members > 100_000 ? 1 : times;
    const oldPreview = process.env.BENCH_SKIP_SHEETJS ? null : median(oldTimes, ['preview', 'sheetjs', input, file('sheetjs-preview'), BENCH_AS_OF]);
    // The old path posts its own preview: SheetJS reading the package host's output fingerprints
    // the inputs differently (it refuses "the workbook changed since its preview"; see README).
    const oldPost = oldPreview ? median(oldTimes, ['post', 'sheetjs', file('sheetjs-preview'), file('sheetjs-post'), BENCH_AS_OF]) : null;
    console.log(
      `\n== preview and post through the app layer: ${members.toLocaleString('en-US')} memberships (${mb(statSync(input).size)} in, ` +
        `${mb(statSync(previewed).size)} previewed${post.refused ? '' : `, ${mb(statSync(posted).size)} posted`})${times > 1 ? ', median of 3' : ', one run'}`,
    );
    const line = (label: string, r: Result | null, floor: Result | null): void => {
      if (!r) return;
      if (r.refused || !floor) {
        console.log(`  ${label.padEnd(22)} ${s(r.totalMs).padStart(8)}  ${r.refused ? `refused: ${r.refused}` : ''}  peak ${r.peakRssMb} MB`);
        return;
      }
      console.log(
        `  ${label.padEnd(22)} ${s(r.totalMs).padStart(8)}  ${(Number(r.totalMs) / Number(floor.totalMs)).toFixed(2)}× floor  peak ${r.peakRssMb} MB`,
      );
    };
    for (const [name, ours, floor, old, cli] of [
      ['preview', preview, previewFloor, oldPreview, cliPreview],
      ['post', post, postFloor, oldPost, cliPost],
    ] as const) {
      if (floor) {
        console.log(
          `  ${`${name} floor`.padEnd(22)} ${s(floor.totalMs).padStart(8)}  (read ${s(floor.readMs)} + write ${s(floor.writeMs)})  peak ${floor.peakRssMb} MB`,
        );
      }
      line(`${name} package host`, ours, floor);
      line(`${name} renewal-runs CLI`, cli, floor);
      line(`${name} SheetJS (old)`, old, floor);
    }
  }
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  packageCommandBenchmarks(sizes.length > 0 ? sizes : [100_000]);
}
