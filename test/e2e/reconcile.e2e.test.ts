/**
 * Reconcile in standalone web mode (SPEC §3.8, §7): open the demo workbook → Reconcile → choose a
 * CSV settlements file paying one open invoice of the demo → the preview shows the row → Apply →
 * the outcome; choosing the same file again changes nothing; the saved workbook has the payment.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIsoDate } from '../../src/engine/dates/isoDate';
import { XlsxWorkbookHost } from '../../src/hosts/file/xlsxWorkbookHost';
import { todayInTimeZone } from '../../src/workbook/timeZone/todayInTimeZone';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import { sampleWorkbook } from '../../src/workbook/sample/sampleWorkbook';
import { findSheet } from '../../src/workbook/schema/findSheet';
import { openPane, PaneSession, RESULTS, unexpectedCspViolations } from './harness';

jest.setTimeout(180_000);

/** An open invoice of the demo workbook the pane builds today (America/Chicago, as StandaloneStart does). */
function demoOpenInvoice(now: Date) {
  const asOf = todayInTimeZone(now, 'America/Chicago');
  const host = XlsxWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf })) host.replaceSheetSync(sheet);
  const invoice = readWorkbookRecords(host.readWorkbookSync()).records.invoices.find((i) => i.status === 'Open' && i.balance > 0);
  if (!invoice) throw new Error('the demo workbook has open invoices');
  return { invoice, asOf: formatIsoDate(asOf) };
}

describe('standalone web mode: reconcile', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane({ width: 420, height: 900 });
    mkdirSync(RESULTS, { recursive: true });
  });
  afterAll(async () => pane?.close());

  it('previews a settlements CSV, applies it, and re-importing it changes nothing', async () => {
    const { page, server } = pane;
    const now = new Date();
    const { invoice, asOf } = demoOpenInvoice(now);
    const processedAt = `${now.toISOString().slice(0, 19)}Z`;
    const csv = [
      'Reference,Invoice ID,Amount,Result,Settlement Status,Processed At,Reason',
      `TX-E2E-1,${invoice.invoiceId},${invoice.balance.toFixed(2)},Completed,Settled,${processedAt},`,
    ].join('\r\n');
    const file = { name: 'settled.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };

    await page.goto(`${server.base}taskpane.html`);
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.getByRole('tab', { name: 'Reconcile' }).click({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Reconcile' }).waitFor();

    // Preview: the row is ready, paying the invoice in full in today's AutoPay batch
    await page.getByLabel('Settlements file').setInputFiles(file);
    const list = page.getByRole('list', { name: 'Settlement rows' });
    const row = list.getByRole('group', { name: /^TX-E2E-1 · / });
    await row.waitFor({ timeout: 60_000 });
    await expect(row.getByText('Paid', { exact: true }).count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toContain('paid in full; membership extended');
    await expect(row.textContent()).resolves.toContain(`AutoPay ${asOf}`);
    await page.screenshot({ path: join(RESULTS, 'reconcile-01-preview.png'), fullPage: true });

    // Apply after a confirmation naming the payment and its total
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.textContent()).resolves.toContain('1 payment totalling');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await page.getByText(/^Applied settled\.csv: 1 payment totalling/).waitFor({ timeout: 60_000 });
    await page.getByRole('region', { name: 'Outcome' }).waitFor();
    await page.screenshot({ path: join(RESULTS, 'reconcile-02-applied.png'), fullPage: true });

    // The same file again: already applied, nothing to change
    await page.getByLabel('Settlements file').setInputFiles(file);
    await page.getByText('Nothing to change: applying this would write nothing.').waitFor({ timeout: 60_000 });
    await expect(row.textContent()).resolves.toContain('already applied');
    await expect(page.getByRole('button', { name: 'Apply', exact: true }).isDisabled()).resolves.toBe(true);

    // The saved workbook has the payment and the paid invoice
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save workbook' }).click()]);
    const saved = join(RESULTS, 'saved-reconciled-demo.xlsx');
    await download.saveAs(saved);
    const grids = XlsxWorkbookHost.fromBytes(readFileSync(saved)).readWorkbookSync();
    expect(findSheet(grids, 'Payments')?.cells.map((r) => r[0])).toEqual(['Reference', 'TX-E2E-1']);
    expect(readWorkbookRecords(grids).records.invoices.find((i) => i.invoiceId === invoice.invoiceId)).toMatchObject({ status: 'Paid', balance: 0 });

    expect(pane.pageErrors).toEqual([]);
    expect(unexpectedCspViolations(pane)).toEqual([]);
  });
});
