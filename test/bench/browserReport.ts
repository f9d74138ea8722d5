/**
 * `npm run bench`'s task-pane part: browserChild in headless Chromium for each of
 * BENCH_BROWSER_SIZES (default 100000) memberships, once with the sample's NIGHTLY run (Lead
 * Days 30) and once with Lead Days 365 (nearly every membership due: a list of more than
 * 100,000 items at 100,000 memberships), each beside its floor: previewChild's Node phases on the
 * same file and as-of date. BENCH_DIST names the production build (default dist/).
 */
type Result = Record<string, number | string>;
type Runner = {
  child: (script: string, args: (string | number)[]) => Result;
  median: (times: number, key: string, script: string, args: (string | number)[]) => Result;
  out: (name: string) => string;
};

const s = (ms: number | string) => `${(Number(ms) / 1000).toFixed(2)} s`;
const n = (x: number | string) => Number(x).toLocaleString('en-US');
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const BUDGET_KB = 250;

export function browserBenchmarks({ child, median, out }: Runner): void {
  const sizes = (process.env.BENCH_BROWSER_SIZES ?? '100000').split(',').filter(Boolean).map(Number);
  const repeats = Number(process.env.BENCH_BROWSER_REPEATS ?? 3);
  const note = repeats > 1 ? ` (the run with the median preview time of ${repeats})` : '';
  console.log(`\n== Task pane in headless Chromium: standalone web mode, production build in ${process.env.BENCH_DIST ?? 'dist/'}${note}`);
  let first = true;
  for (const members of sizes) {
    for (const lead of [30, 365]) {
      const b = median(repeats, 'previewMs', 'browserChild.js', [members, lead === 30 ? '-' : lead]);
      const node = child('previewChild.js', [b.path, out(`browser-phases-${members}-${lead}.xlsx`), b.asOf]);
      if (first) {
        first = false;
        console.log(
          `  initial JavaScript taskpane.html loads: ${b.initialJsKb} KB gzipped, ${ratio(Number(b.initialJsKb), BUDGET_KB)} of the ${BUDGET_KB} KB budget (office.js excluded; ${b.initialJsFiles}); all JavaScript loaded by the end of the run ${b.loadedJsKb} KB gzipped`,
        );
        console.log(`  navigation → start page interactive: ${s(b.startInteractiveMs)} (shown ${s(b.startShownMs)})`);
      }
      const openFloor = Number(node.readMs) + Number(node.parseMs);
      const computeFloor = Number(node.parseMs) + Number(node.engineMs) + Number(node.fingerprintMs) + Number(node.layoutMs);
      const cliMs = openFloor + Number(node.engineMs) + Number(node.fingerprintMs) + Number(node.layoutMs) + Number(node.writeMs);
      const same = Number(node.items) === Number(b.items) ? 'the same as Node plans' : `Node plans ${n(node.items)}: DIFFERENT`;
      console.log(
        `  -- ${n(members)} memberships (${b.fileMb} MB xlsx), NIGHTLY with Lead Days ${b.nightlyLeadDays} as of ${b.asOf}: ${n(b.items)} items, ${same}`,
      );
      console.log(
        `  open: file chosen → Runs page interactive ${s(b.openMs)} (longest task ${s(b.openLongestTaskMs)}); Node read + parse of the same file ${s(openFloor)}: ${ratio(Number(b.openMs), openFloor)}`,
      );
      console.log(
        `  preview: click → Actions list shown and interactive ${s(b.previewMs)}; longest main-thread task ${s(b.previewLongestTaskMs)}, total blocking time ${s(b.previewTbtMs)} ` +
          `(${b.previewLongTasks} long tasks); Node parse + engine + fingerprint + layout ${s(computeFloor)}: ${ratio(Number(b.previewMs), computeFloor)}; ` +
          `CLI preview phases (read … write) ${s(cliMs)}; JS heap after preview ${b.heapMb} MB`,
      );
      console.log(
        `  scroll the ${n(b.items)}-item Actions list top → bottom in ${s(b.scrollMs)}: ${b.frames} frames, p50 ${b.frameP50Ms} ms, p95 ${b.frameP95Ms} ms, ` +
          `max ${b.frameMaxMs} ms (display refresh ${b.refreshMs} ms), ${b.droppedFrames} frames dropped; longest task ${b.scrollLongestTaskMs} ms, ` +
          `total blocking time ${b.scrollTbtMs} ms; ${b.rowsInDom} rows in the DOM; last item in view: "${b.lastRow}"`,
      );
      console.log(
        `  exclude one item: switch clicked → list updated ${s(b.excludeMs)}; longest main-thread task ${s(b.excludeLongestTaskMs)}, total blocking time ${s(b.excludeTbtMs)}`,
      );
    }
  }
}
