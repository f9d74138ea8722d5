/**
 * The task pane in headless Chromium (standalone web mode, production build in BENCH_DIST,
 * default dist/), driven as a user would: navigation → start page; a workbook of N memberships
 * chosen → Runs page; NIGHTLY's Actions tab → Preview → the list shown; the Actions list
 * scrolled top to bottom; one item excluded. Prints one BENCH line: initial JavaScript gzipped, each time, the
 * longest main-thread task and total blocking time, frame times while scrolling.
 *
 *   node lib/test/bench/browserChild.js MEMBERSHIPS [NIGHTLY_LEAD_DAYS|-]
 *
 * The workbook is built around today in its time zone (America/Chicago), the date the pane
 * previews NIGHTLY for; Lead Days 365 makes nearly every membership due (a list of >100,000
 * items from 100,000 memberships).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatIsoDate } from '../../src/engine/dates/isoDate';
import { todayInTimeZone } from '../../src/workbook/timeZone/todayInTimeZone';
import { benchWorkbookPath } from './benchWorkbook';
import { benchDist, initialScriptsGz, openBenchPane } from './browserPane';
import { blocking, frameStats, installProbes, readProbes, scrollActions, type Stage, waitForStage } from './browserProbes';
import { report } from './measure';

async function main(): Promise<void> {
  const members = Number(process.argv[2]);
  const lead = process.argv[3] === undefined || process.argv[3] === '-' ? undefined : Number(process.argv[3]);
  const scrollMs = Number(process.env.BENCH_SCROLL_MS ?? 2000);
  const asOf = formatIsoDate(todayInTimeZone(new Date(), 'America/Chicago'));
  const path = benchWorkbookPath(members, { asOf, nightlyLeadDays: lead });
  const dist = benchDist();
  const initial = initialScriptsGz(dist);
  const pane = await openBenchPane(dist);
  try {
    const { page } = pane;
    await page.addInitScript(installProbes);
    await page.goto(`${pane.base}taskpane.html`);
    const start = await page.evaluate(waitForStage, 'start' as Stage);

    await page.getByLabel('Workbook file').setInputFiles(path);
    const runs = await page.evaluate(waitForStage, 'runs' as Stage);
    const chosenAt = (await page.evaluate(readProbes)).fileChosenAt ?? NaN;

    await page.getByRole('button', { name: /Nightly renewals/ }).click();
    await page.getByRole('tab', { name: 'Actions' }).click();
    await page.getByText('The run has not been previewed yet', { exact: false }).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const preview = await page.evaluate(waitForStage, 'preview' as Stage);
    const clickAt = (await page.evaluate(readProbes)).clickAt ?? NaN;
    const items = Number(/of ([\d,]+) items/.exec(preview.text)![1].replace(/,/g, ''));
    const shownAsOf = /Previewed as of (\d{4}-\d\d-\d\d)/.exec(preview.text)?.[1];
    if (shownAsOf !== asOf) throw new Error(`the pane previewed as of ${shownAsOf}, the workbook is built around ${asOf}: ${preview.text}`);
    if (items < members * 0.1) throw new Error(`only ${items} items from ${members} memberships: the preview did not plan the workbook's renewals`);
    const heapMb = await page.evaluate(() =>
      Math.round(((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 1048576),
    );

    await page.waitForTimeout(500); // let the last long-task entries arrive
    const scrolled = await page.evaluate(scrollActions, scrollMs);
    if (scrolled.total !== items || !scrolled.lastInView || !scrolled.lastText) {
      throw new Error(`after scrolling, item ${scrolled.total} of ${items} is not rendered in view (text ${JSON.stringify(scrolled.lastText)})`);
    }
    await page.waitForTimeout(500);
    // Exclude one item (the last in view): the worker writes the Include cell and plans again;
    // the page receives the whole list again.
    const toggle = page.getByRole('switch', { name: /^Include / }).last();
    const toggledKey = ((await toggle.getAttribute('aria-label')) ?? '').replace(/^Include /, '');
    const excludeFrom = await page.evaluate(() => performance.now());
    await toggle.click();
    await page.locator('main[aria-busy="false"]').waitFor({ timeout: 120_000 });
    await page.getByRole('switch', { name: `Include ${toggledKey}`, checked: false }).waitFor({ timeout: 120_000 });
    const excludeTo = await page.evaluate(() => performance.now());
    await page.waitForTimeout(500);
    const { longTasks } = await page.evaluate(readProbes);
    const excludeTasks = blocking(longTasks, excludeFrom, excludeTo);
    const previewTasks = blocking(longTasks, clickAt, preview.respondsAt);
    const scrollTasks = blocking(longTasks, scrolled.startedAt, scrolled.endedAt);
    const loadedGz = [...new Set(pane.scripts)].reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
    if (pane.pageErrors.length > 0) throw new Error(`page errors: ${pane.pageErrors.join('; ')}`);
    const ms = (x: number) => Math.round(x);
    report({
      kind: 'browser',
      memberships: members,
      nightlyLeadDays: lead ?? 30,
      asOf,
      path,
      fileMb: Math.round(statSync(path).size / 1048576),
      items,
      initialJsKb: Math.round(initial.bytes / 1024),
      initialJsFiles: initial.files.join(' '),
      loadedJsKb: Math.round(loadedGz / 1024),
      startShownMs: ms(start.shownAt),
      startInteractiveMs: ms(start.respondsAt),
      openMs: ms(runs.respondsAt - chosenAt),
      openLongestTaskMs: blocking(longTasks, chosenAt, runs.respondsAt).longestMs,
      previewMs: ms(preview.respondsAt - clickAt),
      previewLongestTaskMs: previewTasks.longestMs,
      previewTbtMs: previewTasks.tbtMs,
      previewLongTasks: previewTasks.count,
      heapMb,
      scrollMs: ms(scrolled.endedAt - scrolled.startedAt),
      ...frameStats(scrolled.idleFrames, scrolled.frames),
      scrollLongestTaskMs: scrollTasks.longestMs,
      scrollTbtMs: scrollTasks.tbtMs,
      rowsInDom: scrolled.rowsInDom,
      lastRow: scrolled.lastText,
      excludeMs: ms(excludeTo - excludeFrom),
      excludeLongestTaskMs: excludeTasks.longestMs,
      excludeTbtMs: excludeTasks.tbtMs,
      blockedRequests: pane.blocked.length,
    });
  } finally {
    await pane.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
