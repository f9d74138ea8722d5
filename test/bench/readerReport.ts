/**
 * The workbook reader side by side (issue 12): the part-level reader, the same with saxes in
 * place of the hand-written worksheet scanner, the floor (inflate every part, touch every cell
 * tag) and the old SheetJS path, each in a child process, medians of three.
 * Run alone: `node lib/test/bench/readerReport.js [memberships…]` (default 100000).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { benchWorkbookPath } from './benchWorkbook';

type Result = Record<string, number | string>;

function child(mode: string, path: string): Result {
  const r = spawnSync(process.execPath, ['--max-old-space-size=20000', join(__dirname, 'readerChild.js'), mode, path], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (r.status !== 0 || !line) throw new Error(`readerChild ${mode} failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(line.slice(6));
}

function median(times: number, mode: string, path: string): Result {
  const results = Array.from({ length: times }, () => child(mode, path));
  results.sort((a, b) => Number(a.readMs) - Number(b.readMs));
  return results[Math.floor(times / 2)];
}

/** Prints the reader figures for each size; the 1,000,000 case runs once, smaller ones three times. */
export function readerBenchmarks(sizes: number[]): void {
  for (const members of sizes) {
    const path = benchWorkbookPath(members);
    const times = members > 100_000 ? 1 : 3;
    const results = Object.fromEntries(['floor', 'package', 'saxes', 'sheetjs'].map((mode) => [mode, median(times, mode, path)]));
    const floorMs = Number(results.floor.readMs);
    console.log(`\n== reading ${members.toLocaleString('en-US')} memberships (${results.package.cells} cells)${times > 1 ? ', median of 3' : ''}`);
    for (const [mode, r] of Object.entries(results)) {
      const ratio = (Number(r.readMs) / floorMs).toFixed(2);
      console.log(`  ${mode.padEnd(8)} ${(Number(r.readMs) / 1000).toFixed(2)} s  ${ratio}× floor  peak ${r.peakRssMb} MB  (${r.cells} cells)`);
    }
  }
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  readerBenchmarks(sizes.length > 0 ? sizes : [100_000]);
}
