/**
 * axe-core on every page and dialog of the task pane at 350 px, light and dark (issue 16):
 * the first-run page, Runs, the run page's three tabs after a preview, the More actions menu,
 * the Discard preview, Clone and post confirmations, the run editor and its discard question,
 * History, Reconcile with a preview and its Apply confirmation. No violation is allowed except
 * Fluent's focus-trap dummies (see `notAllowed` in ./axe.ts for why those are allowed). In each
 * of those states the page also fits 350 px and 320 px without scrolling sideways.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { XlsxWorkbookHost } from '../../src/hosts/file/xlsxWorkbookHost';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import { sampleWorkbook } from '../../src/workbook/sample/sampleWorkbook';
import { todayInTimeZone } from '../../src/workbook/timeZone/todayInTimeZone';
import { axeProblems, notAllowed, type AxeProblem } from './axe';
import { openPane, PaneSession, ROOT } from './harness';

jest.setTimeout(300_000);

const WIDTH = 350;
const NARROW = 320;
/** docs/350px: `<light|dark>-<page>.png` for every page and dialog this test visits. */
const SCREENSHOTS = join(ROOT, 'docs', '350px');

describe.each(['light', 'dark'] as const)('axe-core on every page at 350 px (%s)', (scheme) => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane({ width: WIDTH, height: 900 });
    await pane.page.emulateMedia({ colorScheme: scheme });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => pane?.close());

  it('finds no violations on any page or dialog', async () => {
    const { page, server } = pane;
    const found: Record<string, AxeProblem[]> = {};
    const overflow: Record<string, number> = {};
    const check = async (where: string) => {
      await settled(page);
      const problems = notAllowed(await axeProblems(page));
      if (problems.length > 0) found[where] = problems;
      for (const width of [WIDTH, NARROW]) {
        if (width !== WIDTH) await page.setViewportSize({ width, height: 900 });
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (sideways > 0) overflow[`${where} at ${width} px`] = sideways;
      }
      await page.setViewportSize({ width: WIDTH, height: 900 });
      // Every page at 350 px in both themes, refreshed on each run (README, The task pane).
      await page.screenshot({ path: join(SCREENSHOTS, `${scheme}-${where.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`) });
    };

    await page.goto(`${server.base}taskpane.html`);
    await page.getByRole('button', { name: 'Try the demo' }).waitFor({ timeout: 60_000 });
    await check('first run');

    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.getByRole('button', { name: 'Nightly renewals' }).waitFor({ timeout: 60_000 });
    await check('Runs');

    await page.getByRole('button', { name: 'Nightly renewals' }).click();
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.getByRole('tab', { name: 'Statistics' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Post', exact: true }).waitFor({ timeout: 60_000 });
    await check('run page: Details');
    await page.getByRole('tab', { name: 'Statistics' }).click();
    await page.getByRole('group', { name: /week by week/ }).waitFor({ timeout: 60_000 });
    await check('run page: Statistics');
    await page.getByRole('tab', { name: 'Actions' }).click();
    await page.getByRole('tab', { name: 'Actions', selected: true }).waitFor();
    await check('run page: Actions');

    // Exclude one item, so Discard preview asks; then the menu and the dialogs it opens.
    const row = page
      .locator('[role="grid"] [role="row"]')
      .filter({ has: page.getByRole('switch') })
      .first();
    await row.getByRole('switch').click();
    await page.waitForFunction(() => document.querySelector('[role="grid"] [role="switch"]:not(:checked)') !== null, undefined, { timeout: 60_000 });
    const toolbar = page.getByRole('toolbar', { name: 'Run actions' });
    await toolbar.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Discard preview' }).waitFor();
    await check('More actions menu');
    await page.getByRole('menuitem', { name: 'Discard preview' }).click();
    const discard = page.getByRole('alertdialog');
    await discard.waitFor();
    await check('Discard preview confirmation');
    await discard.getByRole('button', { name: 'Keep the preview' }).click();
    await discard.waitFor({ state: 'detached' });
    await toolbar.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Clone' }).click();
    const clone = page.getByRole('alertdialog');
    await clone.waitFor();
    await check('Clone dialog');
    await clone.getByRole('button', { name: 'Cancel' }).click();
    await clone.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Post', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor({ timeout: 60_000 });
    await check('post confirmation');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await openTab(page, 'Runs');
    await page.getByRole('button', { name: /New run/ }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).waitFor({ timeout: 30_000 });
    await check('run editor');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Accessibility trial');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    const keep = page.getByRole('alertdialog');
    await keep.waitFor();
    await check('run editor: discard your changes?');
    await keep.getByRole('button', { name: 'Discard changes' }).click();
    await keep.waitFor({ state: 'detached' });

    await openTab(page, 'History');
    await page.getByRole('heading', { name: 'History' }).waitFor({ timeout: 30_000 });
    await check('History');

    await openTab(page, 'Reconcile');
    await page.getByRole('heading', { name: 'Reconcile' }).waitFor({ timeout: 30_000 });
    const csv =
      'Reference,Invoice ID,Amount,Result,Settlement Status,Processed At,Reason\r\nTX-AXE-1,INV-999999,10.00,Completed,Settled,2026-11-30T12:00:00Z,\r\n';
    await page.getByLabel('Settlements file').setInputFiles({ name: 'settled.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('list', { name: 'Settlement rows' }).waitFor({ timeout: 60_000 });
    await check('Reconcile with a preview');

    const csvPaid = demoInvoiceCsv();
    await page.getByLabel('Settlements file').setInputFiles({ name: 'paid.csv', mimeType: 'text/csv', buffer: Buffer.from(csvPaid, 'utf8') });
    await page.getByRole('button', { name: 'Apply', exact: true }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    const apply = page.getByRole('alertdialog');
    await apply.waitFor();
    await check('Reconcile: apply confirmation');
    await apply.getByRole('button', { name: 'Cancel' }).click();

    expect(overflow).toEqual({});
    expect(found).toEqual({});
    expect(pane.pageErrors).toEqual([]);
  });
});

/** Waits until no task is running (no spinner) and transitions have ended, so axe sees the page at rest. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.fui-Spinner, [aria-busy="true"]').length === 0, undefined, { timeout: 60_000 });
  await page.waitForTimeout(400);
}

/** A settlements CSV paying part of an open invoice of the demo workbook the pane builds today (as reconcile.e2e does). */
function demoInvoiceCsv(): string {
  const asOf = todayInTimeZone(new Date(), 'America/Chicago');
  const host = XlsxWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf })) host.replaceSheetSync(sheet);
  const invoice = readWorkbookRecords(host.readWorkbookSync()).records.invoices.find((i) => i.status === 'Open' && i.balance > 1);
  if (!invoice) throw new Error('the demo workbook has open invoices');
  const processedAt = `${new Date().toISOString().slice(0, 19)}Z`;
  return `Reference,Invoice ID,Amount,Result,Settlement Status,Processed At,Reason\r\nTX-AXE-2,${invoice.invoiceId},1.00,Completed,Settled,${processedAt},\r\n`;
}

async function openTab(page: Page, name: string): Promise<void> {
  const back = page.getByRole('button', { name: '← All runs' });
  if (await back.isVisible()) await back.click();
  await page.getByRole('tab', { name }).click();
}
