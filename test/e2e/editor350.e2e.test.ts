/**
 * The run editor in a 350 px pane, standalone web mode (issue 16, item 9): open the demo
 * workbook → New run → the form in sections, nothing scrolling sideways at 350 or 320 px; a
 * Drop After Days warning beside its field and counted on its section and in the Save bar; the
 * Save bar held in view while the form scrolls to its last field; Cancel after an edit asks
 * first, focused on Keep editing, and keeps the edits when told to. The screenshot in
 * docs/16-run-editor.png comes from here.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openPane, PaneSession, RESULTS, ROOT, unexpectedCspViolations } from './harness';

jest.setTimeout(180_000);

const WIDTH = 350;
const HEIGHT = 720;

/** How wide the page is: at most the viewport's width when nothing scrolls sideways. */
function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Whether the element's box lies wholly inside the viewport. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => {
    const box = document.querySelector(s)!.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight + 0.5 && box.height > 0;
  }, selector);
}

const SAVE_BAR = '[role="region"][aria-label="Save the run"]';

describe('standalone web mode: the run editor at 350 px', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane({ width: WIDTH, height: HEIGHT });
    mkdirSync(RESULTS, { recursive: true });
  });
  afterAll(async () => pane?.close());

  it('shows the editor in sections with warnings beside their fields, a Save bar always in view, and asks before discarding edits', async () => {
    const { page, server } = pane;
    await page.goto(`${server.base}taskpane.html`);
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.getByRole('button', { name: 'New run' }).click({ timeout: 60_000 });

    // The form in sections
    await page.getByRole('heading', { name: 'New run', level: 1 }).waitFor();
    // Each heading is its section's title, then its count when it has warnings (a new run has some).
    const sections = (await page.getByRole('heading', { level: 2 }).allTextContents()).map((t) => t.replace(/ ?\d+ (problem|warning).*$/, ''));
    expect(sections).toEqual(['Run', 'Schedule', 'Who', 'Renewals', 'Notices & drop', 'AutoPay & payments', 'New members']);
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);

    // A warning beside its field, counted on its heading and in the Save bar
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Editor trial');
    await page.getByRole('textbox', { name: 'Lead Days', exact: true }).fill('30');
    const dropAfter = page.getByRole('textbox', { name: 'Drop After Days', exact: true });
    await dropAfter.fill('10');
    const saveBar = page.locator(SAVE_BAR);
    // The input's description (aria-describedby) is its Field's validation message.
    await dropAfter.evaluate(
      (input) =>
        new Promise<void>((resolve, reject) => {
          const described = () =>
            (input.getAttribute('aria-describedby') ?? '')
              .split(' ')
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' ');
          const timeout = setTimeout(() => reject(new Error(`Drop After Days is described as: ${described()}`)), 30_000);
          const poll = () => {
            if (/Drop After Days is 10: members would be dropped less than 30 days/.test(described())) {
              clearTimeout(timeout);
              resolve();
            } else setTimeout(poll, 100);
          };
          poll();
        }),
    );
    await saveBar.getByText('2 warnings').waitFor();
    await expect(page.getByRole('button', { name: /^Notices & drop/ }).textContent()).resolves.toContain('2 warnings');
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);

    // The Save bar stays in view: at the top, and scrolled to the last field
    expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight * 2)).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await inViewport(page, SAVE_BAR)).toBe(true);
    await page.getByRole('switch', { name: 'Bill Activations' }).scrollIntoViewIfNeeded();
    expect(await inViewport(page, SAVE_BAR)).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await inViewport(page, SAVE_BAR)).toBe(true);
    await page.screenshot({ path: join(RESULTS, 'editor350-bottom.png') });

    // The screenshot for the README: the warning beside Drop After Days, the Save bar below
    await page.getByRole('heading', { name: /Notices & drop/ }).evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 8));
    await page.screenshot({ path: join(ROOT, 'docs', '16-run-editor.png') });
    await page.screenshot({ path: join(RESULTS, 'editor350-full.png'), fullPage: true });

    // Nothing sideways at 320 px either
    await page.setViewportSize({ width: 320, height: HEIGHT });
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });

    // Cancel after an edit asks first, on the safe button; Keep editing keeps the edits
    await saveBar.getByRole('button', { name: 'Cancel' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Discard your changes to this run?' });
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Keep editing');
    expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(RESULTS, 'editor350-discard.png') });
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).resolves.toBe('Editor trial');
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);

    // Discard leaves for the Runs list; the run was not saved
    await saveBar.getByRole('button', { name: 'Cancel' }).click();
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('heading', { name: 'Runs', level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Editor trial', exact: true }).count()).toBe(0);

    expect(pane.pageErrors).toEqual([]);
    expect(unexpectedCspViolations(pane)).toEqual([]);
  });
});
