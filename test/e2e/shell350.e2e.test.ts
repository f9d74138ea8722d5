/**
 * Standalone mode's shell in a 350 px pane (issue 16, items 7, 8 and the `region` part of 11):
 * the first-run page fits without sideways scrolling in light and dark (screenshots to docs/),
 * a file that is no .xlsx shows why with a way back to the first-run page (no reload), "Try the
 * demo" opens the demo with the file bar as the page's banner and the tabs as navigation,
 * leaving an unchanged workbook asks nothing, and after a change the file bar marks unsaved
 * changes and leaving the page brings up the browser's leave-page warning.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dialog, Page } from 'playwright-core';
import { openPane, PaneSession, RESULTS, ROOT, unexpectedCspViolations } from './harness';

jest.setTimeout(300_000);

/** How far the page scrolls sideways (0 when it fits). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Text of visible elements outside every landmark or live region: what axe-core's `region` rule reports. */
function textOutsideLandmarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const region =
      'header, nav, main, footer, aside, section[aria-label], [role="banner"], [role="navigation"], [role="main"], [role="region"][aria-label], [role="status"], [role="alert"], [aria-live], [role="dialog"], [role="alertdialog"]';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const outside: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (text === '' || !parent || parent.closest(region)) continue;
      const box = parent.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && getComputedStyle(parent).visibility !== 'hidden') outside.push(text);
    }
    return outside;
  });
}

const firstRunHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Renewal Runs' });

describe('standalone shell at 350 px', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane({ width: 350, height: 900 });
    mkdirSync(RESULTS, { recursive: true });
  });
  afterAll(async () => pane?.close());

  it('first-run page, a refused file and the way back, the demo, the unsaved mark and the leave-page warning', async () => {
    const { page, server } = pane;
    const dialogs: Dialog[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog);
      void dialog.accept();
    });

    // First run, light and dark
    for (const scheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${server.base}taskpane.html`);
      await firstRunHeading(page).waitFor({ timeout: 60_000 });
      await page.getByText(/^Renewal Runs automates membership renewals from an Excel workbook/).waitFor();
      await page.getByRole('list', { name: 'Required sheets' }).waitFor();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await textOutsideLandmarks(page)).toEqual([]);
      await page.screenshot({ path: join(ROOT, 'docs', `16-first-run-${scheme}.png`), fullPage: true });
    }

    // A file that is no .xlsx: why, and the way back without a reload
    await page.getByLabel('Workbook file').setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from('Member ID,Name\n1,Ada\n') });
    await page.getByRole('heading', { level: 1, name: 'That file could not be opened' }).waitFor({ timeout: 60_000 });
    await page.getByText('members.csv', { exact: true }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await textOutsideLandmarks(page)).toEqual([]);
    await page.screenshot({ path: join(RESULTS, 'shell350-01-refused.png'), fullPage: true });
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    await page.getByRole('button', { name: 'Back to start' }).click();
    await firstRunHeading(page).waitFor();
    expect(loads).toEqual([]);

    // The demo: file bar as banner, tabs as navigation; leaving it unchanged asks nothing
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.getByRole('button', { name: 'Nightly renewals' }).waitFor({ timeout: 120_000 });
    const banner = page.getByRole('banner');
    await banner.getByText('renewal-runs-demo.xlsx').waitFor();
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('tab', { name: 'Runs' }).waitFor();
    expect(await banner.getByText('Unsaved changes').count()).toBe(0);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await textOutsideLandmarks(page)).toEqual([]);
    await page.reload();
    await firstRunHeading(page).waitFor({ timeout: 60_000 });
    expect(dialogs.map((d) => d.type())).toEqual([]);

    // A change (a preview writes the preview sheet and the run's Status): marked unsaved
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.getByRole('button', { name: 'Nightly renewals' }).click({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await banner.getByText('Unsaved changes').waitFor({ timeout: 120_000 });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await textOutsideLandmarks(page)).toEqual([]);
    await page.screenshot({ path: join(RESULTS, 'shell350-02-unsaved.png'), fullPage: true });
    expect(pane.pageErrors).toEqual([]);
    expect(unexpectedCspViolations(pane)).toEqual([]);

    // Leaving the page now: the page asks to stay, and the browser shows its leave-page warning
    expect(await page.evaluate(() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true })))).toBe(true);
    // (Navigation, not page.close({ runBeforeUnload }): Chromium's headless shell shows no dialog on close.)
    await page.goto('about:blank');
    expect(dialogs.map((d) => d.type())).toEqual(['beforeunload']);
  });
});
