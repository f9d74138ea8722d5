/**
 * Messages in standalone web mode (SPEC §9 "Task pane"): open a workbook with a sender → preview
 * the nightly run → open a renewal's message in the Actions list → post → Download emails gives
 * a .zip of .eml files (rendered in the session worker, fonts fetched from dist/fonts/) → a
 * second download says nothing is left.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { XlsxWorkbookHost } from '../../src/hosts/file/xlsxWorkbookHost';
import { todayInTimeZone } from '../../src/workbook/timeZone/todayInTimeZone';
import { sampleWorkbook } from '../../src/workbook/sample/sampleWorkbook';
import { openPane, PaneSession, RESULTS, unexpectedCspViolations } from './harness';

jest.setTimeout(180_000);

/** The sample organisation as of today (America/Chicago), with a From Address to send from. */
function bookWithSender(): Buffer {
  const host = XlsxWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf: todayInTimeZone(new Date(), 'America/Chicago'), memberships: 120, seed: 7, withInputErrors: false })) {
    if (sheet.name === 'Settings') sheet.rows.push(['From Address', 'office@riverside.example.org'], ['From Name', 'Riverside Club']);
    host.replaceSheetSync(sheet);
  }
  return Buffer.from(host.toBytes());
}

describe('standalone web mode: messages', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane({ width: 360, height: 900 });
    mkdirSync(RESULTS, { recursive: true });
  });
  afterAll(async () => pane?.close());

  it("shows an item's message, and after post downloads the emails as a .zip of .eml files", async () => {
    const { page, server } = pane;
    await page.goto(`${server.base}taskpane.html`);
    await page.getByLabel('Workbook file').setInputFiles({ name: 'members.xlsx', mimeType: 'application/octet-stream', buffer: bookWithSender() });
    await page.getByRole('button', { name: /Nightly renewals/ }).click({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.getByRole('tab', { name: 'Actions' }).click();

    // A renewal's message, rendered in the worker from the workbook's template
    await page.getByPlaceholder('Key, name, member or invoice ID').fill('renew:');
    await page
      .getByRole('button', { name: /^Message of renew:/ })
      .first()
      .click({ timeout: 60_000 });
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Riverside Swim & Racquet Club: your renewal invoice').waitFor({ timeout: 30_000 });
    await dialog.getByText(/^To .+@/).waitFor();
    // Nothing in the dialog scrolls sideways in a 360 px pane.
    const overflow = await dialog.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(RESULTS, 'messages-01-item-message.png'), fullPage: true });
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Post, then Download emails
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Post' }).click();
    await page.getByText(/Posted as of/).waitFor({ timeout: 60_000 });
    const messages = page.getByRole('region', { name: 'Messages of the post' });
    await messages.getByText(/emails? to download/).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(RESULTS, 'messages-02-posted.png'), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      messages.getByRole('button', { name: 'Download emails' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^NIGHTLY-\d{4}-\d{2}-\d{2}-emails\.zip$/);
    const saved = join(RESULTS, 'messages-emails.zip');
    await download.saveAs(saved);
    const files = unzipSync(new Uint8Array(readFileSync(saved)));
    const names = Object.keys(files);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name).toMatch(/\.eml$/);
      const text = strFromU8(files[name]);
      expect(text).toMatch(/^Subject: .+$/m);
      expect(text).toMatch(/^To: .+@.+$/m);
    }
    // An invoice email carries its PDF, drawn in the worker with the fetched fonts.
    expect(names.some((name) => /Content-Type: application\/pdf/.test(strFromU8(files[name])))).toBe(true);
    await page.getByText(new RegExp(`Downloaded NIGHTLY-.*-emails\\.zip: ${names.length} emails?`)).waitFor({ timeout: 30_000 });

    // A second download holds nothing: every email is Written on the Deliveries sheet.
    await messages.getByText(/already written/).waitFor();
    await messages.getByRole('button', { name: 'Download emails' }).click();
    await page.getByText(/No emails left to download: all \d+ were written earlier\./).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(RESULTS, 'messages-03-downloaded.png'), fullPage: true });

    expect(pane.pageErrors).toEqual([]);
    expect(unexpectedCspViolations(pane)).toEqual([]);
  });
});
