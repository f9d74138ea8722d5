/**
 * The task pane's lists at 320 and 350 px (issue 16: narrow layouts first), in standalone web
 * mode on the demo workbook: Runs (a whole card opens its run), Reconcile with a preview of a
 * paid, a failed and an unknown settlement (cards, a failure badged "Failed", never a green
 * "ready"), and History after a post (cards, a readable time in `<time dateTime>`). On each,
 * `document.documentElement.scrollWidth` is at most the viewport's width: nothing scrolls
 * sideways. Saves docs/16-runs.png, docs/16-reconcile.png and docs/16-history.png at 350 px.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { XlsxWorkbookHost } from '../../src/hosts/file/xlsxWorkbookHost';
import { todayInTimeZone } from '../../src/workbook/timeZone/todayInTimeZone';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import { sampleWorkbook } from '../../src/workbook/sample/sampleWorkbook';
import { openPane, PaneSession, ROOT, unexpectedCspViolations } from './harness';

jest.setTimeout(240_000);

const WIDTHS = [320, 350] as const;
const HEIGHT = 900;
const DOCS = join(ROOT, 'docs');

/** The page's scroll width and the viewport's, at each width the pane is set to. */
async function widthsAt(page: Page): Promise<{ width: number; scrollWidth: number }[]> {
  const seen: { width: number; scrollWidth: number }[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHT });
    // Let the layout settle after the resize (Fluent measures some parts on resize).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    seen.push({ width, scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth) });
  }
  return seen;
}

/** Expects nothing to scroll sideways at 320 or 350 px, naming the page when something does. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const seen = await widthsAt(page);
  expect(seen.map(({ width, scrollWidth }) => ({ where, width, fits: scrollWidth <= width, scrollWidth }))).toEqual(
    WIDTHS.map((width) => ({ where, width, fits: true, scrollWidth: expect.any(Number) })),
  );
}

/** Two open invoices of the demo workbook the pane builds today (America/Chicago, as StandaloneStart does). */
function demoOpenInvoices(now: Date) {
  const host = XlsxWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf: todayInTimeZone(now, 'America/Chicago') })) host.replaceSheetSync(sheet);
  const open = readWorkbookRecords(host.readWorkbookSync()).records.invoices.filter((i) => i.status === 'Open' && i.balance > 0);
  if (open.length < 2) throw new Error('the demo workbook has two open invoices');
  return open.slice(0, 2);
}

/** A settlements CSV: one invoice paid in full, one card payment failed (with a bank's long reason), one unknown invoice. */
function settlementsCsv(now: Date) {
  const [paid, failed] = demoOpenInvoices(now);
  const at = `${now.toISOString().slice(0, 19)}Z`;
  const reason = 'Card declined by the issuing bank: insufficient funds (code 51); the member was emailed to update the card on file';
  const csv = [
    'Reference,Invoice ID,Amount,Result,Settlement Status,Processed At,Reason',
    `TX-NARROW-PAID,${paid.invoiceId},${paid.balance.toFixed(2)},Completed,Settled,${at},`,
    `TX-NARROW-FAILED,${failed.invoiceId},${failed.balance.toFixed(2)},Failed,Not Settled,${at},"${reason}"`,
    `TX-NARROW-UNKNOWN,INV-NOT-IN-THIS-WORKBOOK-000000001,10.00,Completed,Settled,${at},`,
  ].join('\r\n');
  return { file: { name: 'settled-narrow.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') }, reason };
}

describe('standalone web mode: the lists at 320 and 350 px', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane({ width: 350, height: HEIGHT });
    mkdirSync(DOCS, { recursive: true });
  });
  afterAll(async () => pane?.close());

  it('shows Runs, Reconcile and History as cards that fit the pane, a whole run card opening its run', async () => {
    const { page, server } = pane;
    const now = new Date();
    await page.goto(`${server.base}taskpane.html`);
    await page.getByRole('button', { name: 'Try the demo' }).click();

    // Runs: cards that fit
    const runs = page.getByRole('list', { name: 'Runs' });
    const nightly = runs.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Nightly renewals', exact: true }) });
    await nightly.waitFor({ timeout: 60_000 });
    await expectNoSidewaysScroll(page, 'Runs');
    await page.setViewportSize({ width: 350, height: HEIGHT });
    await page.mouse.move(0, HEIGHT - 1); // no card hovered in the picture
    await page.screenshot({ path: join(DOCS, '16-runs.png'), fullPage: true });

    // Reconcile: a preview of a paid, a failed and an unknown settlement, as cards that fit
    await page.getByRole('tab', { name: 'Reconcile' }).click();
    const { file, reason } = settlementsCsv(now);
    await page.getByLabel('Settlements file').setInputFiles(file);
    const settlements = page.getByRole('list', { name: 'Settlement rows' });
    await settlements.waitFor({ timeout: 60_000 });
    const card = (reference: string) => settlements.getByRole('group', { name: new RegExp(`^${reference} · `) });
    await expect(card('TX-NARROW-PAID').getByText('Paid', { exact: true }).count()).resolves.toBe(1);
    await expect(card('TX-NARROW-FAILED').getByText('Failed', { exact: true }).count()).resolves.toBe(1);
    await expect(card('TX-NARROW-FAILED').textContent()).resolves.toContain(reason);
    await expect(
      card('TX-NARROW-FAILED')
        .getByText(/^(ready|paid)$/i)
        .count(),
    ).resolves.toBe(0);
    await expect(card('TX-NARROW-UNKNOWN').getByText('Error', { exact: true }).count()).resolves.toBe(1);
    await page.getByText(/cells in the workbook will change\.$/).waitFor();
    expect(await page.locator('table').count()).toBe(0);
    await expectNoSidewaysScroll(page, 'Reconcile');
    await page.setViewportSize({ width: 350, height: HEIGHT });
    await page.screenshot({ path: join(DOCS, '16-reconcile.png'), fullPage: true });

    // Runs: a click on the card's dates (not on the run's name) opens the run
    await page.getByRole('tab', { name: 'Runs' }).click();
    const dates = nightly.getByText(/^ID NIGHTLY/);
    await dates.waitFor({ timeout: 30_000 });
    const box = await dates.boundingBox();
    if (!box) throw new Error('the run card shows its dates');
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent ?? null, {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    });
    expect(hit).toBe('Nightly renewals');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

    // Post the nightly run, so that History has a post to list
    await page.getByRole('button', { name: 'Preview', exact: true }).click({ timeout: 60_000 });
    // Playwright's click waits for Post to be enabled, once the preview is in.
    await page.getByRole('button', { name: 'Post', exact: true }).click({ timeout: 60_000 });
    await page.getByRole('alertdialog').getByRole('button', { name: 'Post' }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached', timeout: 60_000 });

    // History: cards that fit, with a readable time
    await page.getByRole('tab', { name: 'History' }).click();
    const log = page.getByRole('list', { name: 'Run Log' });
    await log.getByText('Posted', { exact: true }).first().waitFor({ timeout: 60_000 });
    const time = log.locator('time').first();
    const iso = await time.getAttribute('datetime');
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    await expect(time.textContent()).resolves.toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
    expect(await page.locator('th').count()).toBe(0);
    await expectNoSidewaysScroll(page, 'History');
    await page.setViewportSize({ width: 350, height: HEIGHT });
    await page.screenshot({ path: join(DOCS, '16-history.png'), fullPage: true });

    expect(pane.pageErrors).toEqual([]);
    expect(unexpectedCspViolations(pane)).toEqual([]);
  });
});
