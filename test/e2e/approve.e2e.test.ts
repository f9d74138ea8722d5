/**
 * Approve in standalone web mode, in a 350 px pane (SPEC §12 "Task pane"): open the demo
 * workbook → preview the nightly run (daily, Approval blank = required) → the run page shows
 * Approve beside Post → the Runs list marks it "Waits for approval" → Approve opens Post's
 * confirmation saying when run-due will post it → the run is Approved, in the saved file too.
 * Nothing scrolls sideways at 350 px.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { XlsxWorkbookHost } from '../../src/hosts/file/xlsxWorkbookHost';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import { openPane, PaneSession, RESULTS, unexpectedCspViolations } from './harness';

jest.setTimeout(180_000);

/** How far the page scrolls sideways (0 when it fits). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('standalone web mode: approve', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane({ width: 350, height: 900 });
    mkdirSync(RESULTS, { recursive: true });
  });
  afterAll(async () => pane?.close());

  it('approves the previewed nightly run from the Runs list, with the post confirmation and when run-due posts it', async () => {
    const { page, server } = pane;
    await page.goto(`${server.base}taskpane.html`);
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.getByRole('button', { name: 'Nightly renewals' }).click({ timeout: 60_000 });

    // Run page: Preview, then Approve under More actions beside Post
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const toolbar = page.getByRole('toolbar', { name: 'Run actions' });
    await toolbar.getByRole('button', { name: 'Post', exact: true }).waitFor({ timeout: 60_000 });
    await toolbar.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Approve', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(RESULTS, 'approve-01-run-page.png'), fullPage: true });

    // Runs list: marked, with its own Approve
    await page.getByRole('button', { name: '← All runs' }).click();
    const nightly = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Nightly renewals' }) });
    await nightly.getByText('Waits for approval').waitFor({ timeout: 30_000 });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(RESULTS, 'approve-02-runs.png'), fullPage: true });
    await nightly.getByRole('button', { name: 'Approve Nightly renewals' }).click();

    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('list', { name: 'What post will apply' }).waitFor({ timeout: 60_000 });
    await dialog.getByText(/^run-due will post it as of \d{4}-\d{2}-\d{2} at 02:00 \(America\/Chicago\)\.$/).waitFor();
    expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(RESULTS, 'approve-03-confirmation.png'), fullPage: true });
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await page.getByText(/^NIGHTLY is approved: run-due will post it as of /).waitFor({ timeout: 60_000 });
    await nightly.getByText('Approved', { exact: true }).waitFor();
    expect(await nightly.getByRole('button', { name: /^Approve/ }).count()).toBe(0);

    // The saved workbook holds Status Approved
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save workbook' }).click()]);
    const saved = join(RESULTS, 'saved-approved.xlsx');
    await download.saveAs(saved);
    const grids = XlsxWorkbookHost.fromBytes(readFileSync(saved)).readWorkbookSync();
    expect(readWorkbookRecords(grids).runs.find((r) => r.id === 'NIGHTLY')?.status).toBe('Approved');

    expect(pane.pageErrors).toEqual([]);
    expect(unexpectedCspViolations(pane)).toEqual([]);
  });
});
