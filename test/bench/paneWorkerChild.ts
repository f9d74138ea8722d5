/**
 * Excel mode's preview at 100,000 memberships (`node lib/test/bench/paneWorkerChild.js [members]`):
 * NIGHTLY previewed on the in-repo Excel model (1) the old way, the session on the main thread,
 * and (2) with the session in a worker thread running the pane's worker code (attachSessionWorker)
 * and the Office host's calls served on the main thread (servePaneHost), as in the pane. Prints the
 * longest main-thread task of each (heartbeat gaps) and the total time, against the 50 ms goal.
 * The model executes Excel's side of each sync on the main thread; real Excel does that outside
 * the pane, so each task is given with and without the model's execution in it, and each sync's
 * answer arrives in a later task, as a round trip's does (mainThreadTasks.ts). As in the pane,
 * the old way syncs up to 4.5 MB (EXCEL_WEB_LIMITS) and the worker's pane host 512 KB (PANE_LIMITS).
 * Then the same two with Excel in a thread of its own reached through the real office.js
 * (excelThread.ts): the main thread holds no workbook, and office.js's own serialising is in it.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EXCEL_WEB_LIMITS, type OfficeLimits } from '../../src/hosts/office/excelRun';
import { OfficeWorkbookHost } from '../../src/hosts/office/officeWorkbookHost';
import { HostRunsSession } from '../../src/taskpane/session/hostRunsSession';
import type { RunsSession } from '../../src/taskpane/session/runsSession';
import { openWorkbookSession } from '../../src/taskpane/startup/openWorkbookSession';
import { excelInWorker } from '../../src/taskpane/worker/excelInWorker';
import { PANE_LIMITS } from '../../src/taskpane/worker/hostProtocol';
import type { ExcelModel } from '../excelModel/excelModel';
import { sampleModel } from '../office/seedModel';
import { heartbeat, type LongestTasks, pacedModelRun } from './mainThreadTasks';
import { report } from './measure';
import { startExcelThread } from './excelThreadRun';
import { startNodeWorker } from './nodeWorkerPorts';

const NOW = '2026-11-21T16:02:00Z';
const SESSION = 'pane:bench';
const GOAL_MS = 50;

interface Measured extends LongestTasks {
  totalMs: number;
  items: number;
  /** context.sync() round trips of the preview (each a request to Excel). */
  syncs: number;
}

/** Opens the session (not measured), then measures its preview of NIGHTLY. */
async function measurePreview(model: ExcelModel, limits: OfficeLimits, open: (host: OfficeWorkbookHost) => Promise<RunsSession>): Promise<Measured> {
  const spans: [number, number][] = [];
  const runs = await open(new OfficeWorkbookHost(pacedModelRun(model, spans), limits));
  spans.length = 0;
  model.resetStats();
  const beat = heartbeat();
  const start = performance.now();
  const preview = await runs.preview('NIGHTLY', '2026-11-21');
  const totalMs = performance.now() - start;
  return { ...beat.stop(spans), totalMs, items: preview.items.length, syncs: model.stats.syncs };
}

/**
 * The same with Excel in a thread of its own (excelThread.ts), reached through the real office.js:
 * the main thread holds no workbook and runs office.js's serialising and parsing itself, so its
 * longest task is the pane's alone, GC included.
 */
async function measureWithExcelThread(
  members: number,
  limits: OfficeLimits,
  open: (host: OfficeWorkbookHost) => Promise<RunsSession>,
): Promise<Measured & { preview: string }> {
  const excel = startExcelThread(members);
  try {
    const runs = await open(new OfficeWorkbookHost(excel.run, limits));
    excel.counted.requests = 0;
    const beat = heartbeat();
    const start = performance.now();
    const preview = await runs.preview('NIGHTLY', '2026-11-21');
    const totalMs = performance.now() - start;
    const measured = { ...beat.stop([]), totalMs, items: preview.items.length, syncs: excel.counted.requests };
    return { ...measured, preview: JSON.stringify(await excel.values('Preview NIGHTLY')) };
  } finally {
    await excel.stop();
  }
}

async function main(): Promise<void> {
  const members = Number(process.argv[2] ?? 100_000);
  const now = new Date(NOW);
  // Node runs a chain of MessageChannel messages (the pane's nextTask) in one turn of its loop, so
  // no timer fires between them; a browser runs each as a task of its own. setImmediate gives
  // Node's heartbeat its turn between the slices, as a browser's tasks would.
  const pane = { yieldTask: () => new Promise<void>((resolve) => setImmediate(resolve)) };
  // Excel in a thread of its own, through the real office.js, before and after — first, while the
  // main thread's heap holds no model (a model's workbook there makes its GC pauses the pane's).
  // The worker's heap as the main thread's (Node gives a worker a small young generation by
  // default, which tripled its planning time in GC); a browser sizes a worker's heap itself.
  const startWorker = () =>
    startNodeWorker(join(__dirname, 'sessionWorkerNode.js'), { now: NOW }, { maxOldGenerationSizeMb: 12_000, maxYoungGenerationSizeMb: 64 });
  const inWorkerSession =
    (worker: ReturnType<typeof startWorker>) =>
    async (host: OfficeWorkbookHost): Promise<RunsSession> =>
      (await excelInWorker(worker.endpoint, host, { exporter: null, session: SESSION, pane, limits: PANE_LIMITS })).runs;
  const onPageSession = async (host: OfficeWorkbookHost): Promise<RunsSession> => {
    await openWorkbookSession(host, { session: SESSION, now });
    return new HostRunsSession(host, () => now, { session: SESSION });
  };
  const worker2 = startWorker();
  const threadAfter = await measureWithExcelThread(members, PANE_LIMITS, inWorkerSession(worker2));
  await worker2.stop();
  const threadBefore = await measureWithExcelThread(members, EXCEL_WEB_LIMITS, onPageSession);
  // The worker first: the main thread's code is then the colder, which can only lengthen its tasks.
  const workerModel = sampleModel(members);
  const worker = startWorker();
  const inWorker = await measurePreview(workerModel, PANE_LIMITS, inWorkerSession(worker));
  await worker.stop();
  const pageModel = sampleModel(members);
  const onPage = await measurePreview(pageModel, EXCEL_WEB_LIMITS, onPageSession);
  // What one full collection of the main thread's heap costs with the two models' workbooks in it
  // (the pane's heap holds no workbook; run with --expose-gc, as runBenchmarks does).
  const gc = (globalThis as { gc?: () => void }).gc;
  const gcStart = performance.now();
  gc?.();
  const fullGcMs = gc ? performance.now() - gcStart : NaN;
  const same = JSON.stringify(workerModel.values('Preview NIGHTLY')) === JSON.stringify(pageModel.values('Preview NIGHTLY'));
  const cells = pageModel.sheetNames().reduce((sum, name) => sum + pageModel.values(name).reduce((n, row) => n + row.length, 0), 0);
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const line = (name: string, m: Measured) =>
    `  ${name}: longest main-thread task ${ms(m.withoutModelMs)} without the model's execution (${(m.withoutModelMs / GOAL_MS).toFixed(2)}× the 50 ms goal), ` +
    `${ms(m.withModelMs)} with it, ${ms(m.ownMs)} of the pane's own code (neither the model nor GC: ${(m.ownMs / GOAL_MS).toFixed(2)}×); ` +
    `${m.over50} tasks over 50 ms without the model; preview total ${(m.totalMs / 1000).toFixed(2)} s in ${m.syncs} syncs`;
  const [load] = loadavg();
  console.log(
    `Excel-mode preview of NIGHTLY, ${members.toLocaleString('en-US')} memberships (${cells.toLocaleString('en-US')} cells after the preview), ${onPage.items} items, on the Excel model ` +
      `(load average ${load.toFixed(1)} on ${cpus().length} cores: a busy machine stretches every task)`,
  );
  console.log(line('session on the main thread, 4.5 MB syncs (before)', onPage));
  console.log(line('session in a worker thread, 512 KB syncs (after)', inWorker));
  const list = (m: Measured) => m.long.map((t) => `${t.ms} ms at ${t.at} ms (model ${t.modelMs}, GC ${t.gcMs})`).join('; ') || 'none';
  const threadLine = (name: string, m: Measured) =>
    `  ${name}: longest main-thread task ${ms(m.withoutModelMs)} (${(m.withoutModelMs / GOAL_MS).toFixed(2)}× the 50 ms goal), GC included; ` +
    `${m.over50} tasks over 50 ms; preview total ${(m.totalMs / 1000).toFixed(2)} s in ${m.syncs} syncs`;
  console.log('  Excel in a thread of its own, reached through the real office.js (the main thread holds no workbook):');
  console.log(threadLine('  session on the main thread, 4.5 MB syncs (before)', threadBefore));
  console.log(threadLine('  session in a worker thread, 512 KB syncs (after)', threadAfter));
  console.log(
    `    tasks over 50 ms after: ${list(threadAfter)}; same preview sheet as on the model: ${threadAfter.preview === threadBefore.preview ? 'yes' : 'NO'}`,
  );
  console.log(
    `  same preview sheet both ways: ${same ? 'yes' : 'NO'}; a full GC of the main thread's heap (both models in it) ${gc ? ms(fullGcMs) : 'not measured (run node with --expose-gc)'}`,
  );
  console.log(`  after: tasks over 50 ms without the model: ${list(inWorker)}`);
  report({
    members,
    load: load.toFixed(1),
    cores: cpus().length,
    items: onPage.items,
    cells,
    same: same ? 'yes' : 'no',
    beforeMs: Math.round(onPage.withoutModelMs),
    beforeWithModelMs: Math.round(onPage.withModelMs),
    beforeOwnMs: Math.round(onPage.ownMs),
    beforeTotalMs: Math.round(onPage.totalMs),
    beforeSyncs: onPage.syncs,
    afterSyncs: inWorker.syncs,
    afterMs: Math.round(inWorker.withoutModelMs),
    afterWithModelMs: Math.round(inWorker.withModelMs),
    afterOwnMs: Math.round(inWorker.ownMs),
    fullGcMs: gc ? Math.round(fullGcMs) : 'n/a',
    afterOver50: inWorker.over50,
    afterLongestGcMs: Math.round(inWorker.longestGcMs),
    afterTotalMs: Math.round(inWorker.totalMs),
    threadBeforeMs: Math.round(threadBefore.withoutModelMs),
    threadBeforeTotalMs: Math.round(threadBefore.totalMs),
    threadBeforeSyncs: threadBefore.syncs,
    threadAfterMs: Math.round(threadAfter.withoutModelMs),
    threadAfterOver50: threadAfter.over50,
    threadAfterTotalMs: Math.round(threadAfter.totalMs),
    threadAfterSyncs: threadAfter.syncs,
    threadSame: threadAfter.preview === threadBefore.preview ? 'yes' : 'no',
  });
}

void main();
