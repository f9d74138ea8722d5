/**
 * The main thread's tasks as the gaps of a heartbeat: a 1 ms timer notes each turn of the event
 * loop, so a gap between two beats is a task (or a run of tasks) that held the thread, plus up to
 * a millisecond or two of timer slack (a timer, not setImmediate: a spinning loop would take a
 * core from the worker on a two-core machine).
 * The model's "Excel side" of each sync, which in real Excel runs outside the pane, is noted as
 * spans (pacedModelRun) so a task can be told with and without it.
 */
import { performance, PerformanceObserver } from 'node:perf_hooks';
import type { ExcelRun } from '../../src/hosts/office/excelRun';
import type { ExcelModel } from '../excelModel/excelModel';
import type { ModelRunOptions } from '../excelModel/cellEditMode';

type Span = [number, number];

/** The longest main-thread task, with and without the model's execution of syncs within it. */
export interface LongestTasks {
  withModelMs: number;
  withoutModelMs: number;
  /** Neither the model's execution nor the main thread's GC pauses (whose heap holds the model's workbook too): the pane's own code. */
  ownMs: number;
  /** Tasks over 50 ms, counted without the model. */
  over50: number;
  /** The longest garbage-collection pause of the main thread within a task over 50 ms (its heap holds the model's workbook too). */
  longestGcMs: number;
  /** The tasks over 50 ms: start (ms from the heartbeat's start), length, the model's and GC's part. */
  long: { at: number; ms: number; modelMs: number; gcMs: number }[];
}

/**
 * Starts the heartbeat; `stop()` ends it and measures the gaps against the model's spans.
 *
 * @example
 * const beat = heartbeat(); await work(); const { withModelMs } = beat.stop(spans);
 */
export function heartbeat(): { stop(modelSpans: readonly Span[]): LongestTasks } {
  const gaps: Span[] = [];
  const gcs: Span[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcs.push([entry.startTime, entry.startTime + entry.duration]);
  });
  observer.observe({ entryTypes: ['gc'] });
  const origin = performance.now();
  let last = origin;
  let running = true;
  const beat = () => {
    const now = performance.now();
    if (now - last > 5) gaps.push([last, now]);
    last = now;
    if (running) setTimeout(beat, 1);
  };
  setTimeout(beat, 1);
  return {
    stop(modelSpans) {
      running = false;
      observer.disconnect();
      let withModelMs = 0;
      let withoutModelMs = 0;
      let longestGcMs = 0;
      let ownMs = 0;
      const long: LongestTasks['long'] = [];
      for (const [start, end] of gaps) {
        const model = overlap(modelSpans, start, end);
        withModelMs = Math.max(withModelMs, end - start);
        withoutModelMs = Math.max(withoutModelMs, end - start - model);
        ownMs = Math.max(ownMs, end - start - overlap([...modelSpans, ...gcs], start, end));
        if (end - start - model <= 50) continue;
        const gcMs = overlap(gcs, start, end);
        longestGcMs = Math.max(longestGcMs, ...gcs.filter(([s, e]) => s < end && e > start).map(([s, e]) => e - s));
        long.push({ at: Math.round(start - origin), ms: Math.round(end - start), modelMs: Math.round(model), gcMs: Math.round(gcMs) });
      }
      return { withModelMs, withoutModelMs, ownMs, over50: long.length, longestGcMs, long };
    },
  };
}

/** Milliseconds of [start, end] covered by `spans` (overlapping spans counted once). */
function overlap(spans: readonly Span[], start: number, end: number): number {
  const clipped = spans
    .map(([s, e]): Span => [Math.max(start, s), Math.min(end, e)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = start;
  for (const [s, e] of clipped) {
    if (e <= reach) continue;
    covered += e - Math.max(s, reach);
    reach = e;
  }
  return covered;
}

/**
 * The model's `run` with each sync as a round trip: the model executes the request (its span is
 * noted), then the answer comes back in a later task, as Office.js's does from Excel.
 *
 * @example
 * const spans: [number, number][] = []; const host = new OfficeWorkbookHost(pacedModelRun(model, spans));
 */
export function pacedModelRun(model: ExcelModel, spans: Span[]): ExcelRun {
  return ((options, batch) =>
    model.run(options as ModelRunOptions, (context) => {
      const sync = context.sync.bind(context);
      context.sync = async () => {
        const start = performance.now();
        await sync();
        spans.push([start, performance.now()]);
        await new Promise((resolve) => setImmediate(resolve));
      };
      return (batch as unknown as (c: typeof context) => Promise<unknown>)(context);
    })) as ExcelRun;
}
