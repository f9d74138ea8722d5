/**
 * The standalone web mode driven as a user would (issue 5): open the demo workbook → Runs →
 * preview the nightly run → Statistics → filter Actions → exclude one item → Post → History
 * shows it → Revert → save the workbook, then check the saved file with the file host.
 * A screenshot of each page goes to test-results/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XlsxWorkbookHost } from '../../src/hosts/file/xlsxWorkbookHost';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import { readRunLog } from '../../src/workbook/runLog/readRunLog';
import { openPane, PaneSession, RESULTS, unexpectedCspViolations } from './harness';

jest.setTimeout(180_000);

describe('standalone web mode, end to end', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane({ width: 420, height: 900 });
    mkdirSync(RESULTS, { recursive: true });
  });
  afterAll(async () => pane?.close());

  it('previews, excludes, posts, shows history, reverts and saves the demo workbook', async () => {
    const { page, server } = pane;
    const shot = (name: string) => page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
    await page.goto(`${server.base}taskpane.html`);
    await page.getByRole('button', { name: 'Try the demo' }).click();

    // Runs: due runs first
    await page.getByRole('button', { name: /Nightly renewals/ }).waitFor({ timeout: 60_000 });
    // The workbook lives in the session worker, not on the page's thread.
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/renewal-runs-session\.[0-9a-f]+\.js$/)]);
    await shot('01-runs');
    await page.getByRole('button', { name: /Nightly renewals/ }).click();

    // Run page → Preview
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.getByRole('tab', { name: 'Statistics' }).click();
    await page.getByRole('table', { name: 'Count and amount per action and status' }).waitFor({ timeout: 60_000 });
    await page.getByRole('group', { name: /week by week/ }).waitFor({ timeout: 30_000 });
    await shot('02-statistics');

    // Actions: filter by text, exclude one item
    await page.getByRole('tab', { name: 'Actions' }).click();
    const search = page.getByPlaceholder('Key, name, member or invoice ID');
    await search.fill('renew:');
    // The count updates once the filter has run: wait for it to show fewer items than in all.
    await page.waitForFunction(() => {
      const count = [...document.querySelectorAll('[role=status]')].map((e) => e.textContent ?? '').find((t) => / of [\d,]+ items/.test(t));
      const [shown, total] = count?.match(/[\d,]+/g) ?? [];
      return shown !== undefined && shown !== total;
    });
    const countText = await page.getByText(/ of [\d,]+ items/).textContent();
    const [shown, total] = (countText ?? '').match(/[\d,]+/g)!.map((n) => Number(n.replace(/,/g, '')));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    const firstInclude = page.getByRole('switch', { name: 'Include' }).first();
    await firstInclude.click();
    await page.getByText('excluded').first().waitFor({ timeout: 30_000 });
    await shot('03-actions');

    // Post with a confirmation stating counts and totals
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('list', { name: 'What post will apply' }).waitFor();
    await shot('04-post-confirmation');
    await dialog.getByRole('button', { name: 'Post' }).click();
    await page.getByText(/Posted as of/).waitFor({ timeout: 60_000 });

    // History shows it; revert it
    await page.getByRole('tab', { name: 'History' }).click();
    const log = page.getByRole('list', { name: 'Run Log' });
    await log.getByText('Posted', { exact: true }).waitFor({ timeout: 30_000 });
    await shot('05-history');
    await log
      .getByRole('button', { name: /Revert/ })
      .first()
      .click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revert' }).click();
    await log.getByText('Reverted', { exact: true }).waitFor({ timeout: 60_000 });
    await shot('06-history-reverted');

    // Save the workbook and read it back with the file host
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save workbook' }).click()]);
    const saved = join(RESULTS, 'saved-demo.xlsx');
    await download.saveAs(saved);
    const grids = XlsxWorkbookHost.fromBytes(readFileSync(saved)).readWorkbookSync();
    const read = readWorkbookRecords(grids);
    expect(read.runs.find((r) => r.id === 'NIGHTLY')).toBeDefined();
    const log2 = readRunLog(grids, { date1904: grids.date1904, dateOrder: read.records.settings.dateOrder });
    expect(log2.entries.map((e) => [e.runId, e.status])).toEqual([['NIGHTLY', 'Reverted']]);
    expect(grids.sheets.map((s) => s.name)).toContain('Preview NIGHTLY');

    expect(pane.pageErrors).toEqual([]);
    expect(unexpectedCspViolations(pane)).toEqual([]);
  });
});
