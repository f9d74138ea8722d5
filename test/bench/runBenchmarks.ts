/**
 * `npm run bench`: for 10k, 100k and 1,000,000 memberships (+ about half as many invoices),
 * prints read, parse, engine and write times, peak memory, and the ratio of the CLI preview to
 * its floor (reading and writing the same workbook with the xlsx library). Every workload runs
 * in a child process of its own so peak memory belongs to it. Sizes: BENCH_SIZES=10000,100000.
 * Then the task pane in headless Chromium (browserReport.ts; BENCH_BROWSER_SIZES=100000,
 * BENCH_DIST=/tmp/bench-dist). BENCH_ONLY=browser runs only that part, BENCH_ONLY=node all but it,
 * BENCH_ONLY=deliver only the delivery of about 10,000 messages with PDFs (deliverReport.ts),
 * BENCH_ONLY=bank only the direct-debit bank files (bankFilesReport.ts; BENCH_BANK_SIZES=10000,100000),
 * BENCH_ONLY=paneworker only Excel mode's preview with the session on the pane's thread and in
 * the session worker (paneWorkerChild.ts; BENCH_PANE_MEMBERS=100000).
 * The reader benchmark (readerReport.ts) runs for the sizes from 100,000 up; preview and post on
 * the part-level host beside SheetJS and their floors (packageCommandReport.ts) at 100,000, and
 * at 1,000,000 with BENCH_LARGE=1.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bankFilesBenchmarks } from './bankFilesReport';
import { BENCH_AS_OF, BENCH_DIR } from './benchWorkbook';
import { browserBenchmarks } from './browserReport';
import { deliverBenchmarks } from './deliverReport';
import { packageCommandBenchmarks } from './packageCommandReport';
import { readerBenchmarks } from './readerReport';

type Result = Record<string, number | string>;

const only = process.env.BENCH_ONLY ?? 'all';
const nodeParts = only !== 'browser' && only !== 'deliver' && only !== 'bank' && only !== 'paneworker';
const sizes = nodeParts ? (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number) : [];

/** Runs a child `times` times and keeps the run with the median of `key` (machine noise is large). */
function median(times: number, key: string, script: string, args: (string | number)[]): Result {
  const results = Array.from({ length: times }, () => child(script, args));
  results.sort((a, b) => Number(a[key]) - Number(b[key]));
  return results[Math.floor(times / 2)];
}

function child(script: string, args: (string | number)[]): Result {
  const r = spawnSync(process.execPath, ['--max-old-space-size=20000', '--expose-gc', join(__dirname, script), ...args.map(String)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (r.status !== 0 || !line) throw new Error(`${script} failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(line.slice(6));
}

const s = (ms: number | string) => `${(Number(ms) / 1000).toFixed(2)} s`;
const out = (name: string) => join(BENCH_DIR, name);

const officeSizes = nodeParts ? (process.env.BENCH_OFFICE_SIZES ?? '1000,10000,100000').split(',').map(Number) : [];

console.log(`Renewal Runs benchmarks — as of ${BENCH_AS_OF}, node ${process.version}, sizes ${sizes.join(', ') || 'none'}`);
for (const members of sizes) {
  const file = child('generateChild.js', [members]);
  const engine = child('engineChild.js', [members, BENCH_AS_OF]);
  const repeats = members <= 100_000 ? 3 : 1;
  const note = repeats > 1 ? ` (median of ${repeats})` : '';
  const floor = median(repeats, 'totalMs', 'floorChild.js', [file.path, out(`floor-${members}.xlsx`)]);
  const cli = median(repeats, 'totalMs', 'cliChild.js', [file.path, out(`cli-${members}.xlsx`), BENCH_AS_OF]);
  const phases = child('previewChild.js', [file.path, out(`phases-${members}.xlsx`), BENCH_AS_OF]);
  const floorMs = Number(floor.totalMs);
  console.log(
    `\n== ${members.toLocaleString('en-US')} memberships, ${Number(engine.invoices).toLocaleString('en-US')} invoices (${file.fileMb} MB xlsx), ${phases.items} items`,
  );
  console.log(
    `  engine plan (records in memory): ${s(engine.engineMs)} median of 3; plan retains ${engine.retainedMb} MB of heap (grows ${engine.growthMb} MB while planning); process peak ${engine.peakRssMb} MB (records parse ${s(engine.parseMs)})`,
  );
  console.log(`  floor  xlsx read ${s(floor.readMs)} + write ${s(floor.writeMs)} = ${s(floorMs)}${note}; peak ${floor.peakRssMb} MB`);
  console.log(`  CLI preview total ${s(cli.totalMs)}${note}; peak ${cli.peakRssMb} MB; ratio to floor ${(Number(cli.totalMs) / floorMs).toFixed(2)}×`);
  if (members <= 100_000) {
    // Post the nightly run previewed above, then revert it. A post's output is bigger than its
    // input (batch sheets, new invoices, the Journal), so its floor is reading its input plus
    // writing its output with the xlsx library; the ratio to read+write of the input alone is
    // printed too.
    const previewed = out(`cli-${members}.xlsx`);
    const posted = out(`posted-${members}.xlsx`);
    const reverted = out(`reverted-${members}.xlsx`);
    const post = median(repeats, 'totalMs', 'commandChild.js', ['post', previewed, '--run', 'NIGHTLY', '--out', posted]);
    const revert = median(repeats, 'totalMs', 'commandChild.js', ['revert', posted, '--run', 'NIGHTLY', '--as-of', BENCH_AS_OF, '--out', reverted]);
    const floorIn = median(repeats, 'totalMs', 'floorChild.js', [previewed, out(`floor-a-${members}.xlsx`)]);
    const floorPosted = median(repeats, 'totalMs', 'floorChild.js', [posted, out(`floor-b-${members}.xlsx`)]);
    const floorReverted = median(repeats, 'totalMs', 'floorChild.js', [reverted, out(`floor-c-${members}.xlsx`)]);
    const postFloor = Number(floorIn.readMs) + Number(floorPosted.writeMs);
    const revertFloor = Number(floorPosted.readMs) + Number(floorReverted.writeMs);
    const ratio = (a: unknown, b: unknown) => `${(Number(a) / Number(b)).toFixed(2)}×`;
    console.log(
      `  CLI post ${s(post.totalMs)}${note}; floor (read input ${s(floorIn.readMs)} + write output ${s(floorPosted.writeMs)}) ${s(postFloor)}: ${ratio(post.totalMs, postFloor)}; vs read+write of the input ${ratio(post.totalMs, floorIn.totalMs)}; peak ${post.peakRssMb} MB`,
    );
    console.log(
      `  CLI revert ${s(revert.totalMs)}${note}; floor (read input ${s(floorPosted.readMs)} + write output ${s(floorReverted.writeMs)}) ${s(revertFloor)}: ${ratio(revert.totalMs, revertFloor)}; vs read+write of the input ${ratio(revert.totalMs, floorPosted.totalMs)}; peak ${revert.peakRssMb} MB`,
    );
  }
  console.log(
    `  phases: read ${s(phases.readMs)}, parse ${s(phases.parseMs)}, engine ${s(phases.engineMs)}, fingerprint ${s(phases.fingerprintMs)}, layout ${s(phases.layoutMs)}, write ${s(phases.writeMs)}`,
  );
}

if (officeSizes.length > 0)
  console.log(
    '\n== Office host through the real office.js serialiser onto the in-repo Excel model: context.sync() calls and largest request (office.js bytes / model bytes)',
  );
for (const members of officeSizes) {
  const o = child('officeChild.js', [members]);
  console.log(
    `  ${members.toLocaleString('en-US').padStart(7)} memberships, ${String(o.items).padStart(6)} items: ` +
      `read ${o.readSyncs} syncs (largest request ${o.readLargestRealBytes} / ${o.readLargestModelBytes} B, response ${o.readLargestResponseKb} KB); ` +
      `preview write ${o.previewSyncs} syncs (largest ${o.previewLargestRealBytes} / ${o.previewLargestModelBytes} B); ` +
      `post ${o.postSyncs} syncs for ${o.postCells} changed cells (largest ${o.postLargestRealBytes} / ${o.postLargestModelBytes} B)`,
  );
}

const reconcileMembers = nodeParts ? Number(process.env.BENCH_RECONCILE_MEMBERS ?? 200_000) : 0;
if (reconcileMembers > 0) {
  const file = child('generateChild.js', [reconcileMembers]);
  const r = median(3, 'totalMs', 'reconcileChild.js', [file.path, 100_000, 'cli']);
  const f = median(3, 'totalMs', 'reconcileChild.js', [file.path, 100_000, 'floor']);
  console.log(
    `\n== reconcile: ${Number(r.rows).toLocaleString('en-US')} settlement rows against ${Number(r.invoices).toLocaleString('en-US')} invoices (${reconcileMembers.toLocaleString('en-US')} memberships)`,
  );
  console.log(
    `  CLI reconcile ${s(r.totalMs)} (median of 3); floor (read workbook + settlements, write workbook) ${s(f.totalMs)}: ${(Number(r.totalMs) / Number(f.totalMs)).toFixed(2)}×; peak ${r.peakRssMb} MB (floor ${f.peakRssMb} MB)`,
  );
}

// preview and post through the app layer on the part-level host, the old SheetJS path and their
// physical floors (issue 12): 100,000 memberships, and 1,000,000 with BENCH_LARGE=1.
if (nodeParts) packageCommandBenchmarks(process.env.BENCH_LARGE === '1' ? [100_000, 1_000_000] : [100_000]);

// The workbook reader alone (issue 12): part-level reader, saxes, floor and SheetJS side by side.
if (nodeParts) readerBenchmarks(sizes.filter((n) => n >= 100_000));

// Rendering and writing about 10,000 messages with their PDFs (issue 13).
if (nodeParts || only === 'deliver') deliverBenchmarks();

// Writing pain.008 and NACHA files, reading camt.054 back and planning its reconcile (issue 14).
if (nodeParts || only === 'bank') bankFilesBenchmarks();

// Excel mode's preview with the session on the pane's thread and in the session worker (issue 17).
if (nodeParts || only === 'paneworker') {
  const members = Number(process.env.BENCH_PANE_MEMBERS ?? 100_000);
  const p = child('paneWorkerChild.js', [members]);
  const ms = (key: string) => `${p[key]} ms`;
  console.log(
    `\n== Excel mode on the in-repo Excel model: NIGHTLY preview of ${members.toLocaleString('en-US')} memberships (${p.items} items); longest main-thread task (heartbeat gaps) against the 50 ms goal; load average ${p.load} on ${p.cores} cores`,
  );
  console.log(
    `  session on the pane's thread (before): ${ms('beforeMs')} without the model's execution of the syncs (${(Number(p.beforeMs) / 50).toFixed(2)}×), ${ms('beforeWithModelMs')} with it, ${ms('beforeOwnMs')} of the pane's own code (neither model nor GC); preview ${s(p.beforeTotalMs)} in ${p.beforeSyncs} syncs`,
  );
  console.log(
    `  session in the session worker (after): ${ms('afterMs')} without the model's execution (${(Number(p.afterMs) / 50).toFixed(2)}×), ${ms('afterWithModelMs')} with it, ${ms('afterOwnMs')} of the pane's own code (${(Number(p.afterOwnMs) / 50).toFixed(2)}×); ${p.afterOver50} tasks over 50 ms (longest GC pause in them ${ms('afterLongestGcMs')}; a full GC of the bench's main heap with the models ${ms('fullGcMs')}); preview ${s(p.afterTotalMs)} in ${p.afterSyncs} syncs; same preview sheet: ${p.same}`,
  );
}

if (only !== 'node' && only !== 'deliver' && only !== 'bank' && only !== 'paneworker') browserBenchmarks({ child, median, out });
