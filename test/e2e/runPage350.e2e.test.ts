/**
 * The run page in a 350 px pane, standalone web mode (issue 16): the command bar's one primary
 * button, the tabs high on the page, nothing scrolling sideways before and after Preview nor
 * with the Post confirmation open, focus never left on <body> after Preview, an Include toggle
 * or a closed dialog, the Actions list as one Tab stop with arrow keys, Discard preview asking
 * before it loses an exclusion, and the confirmation in sentences with the currency. Saves the
 * screenshots docs/16-run-page.png, docs/16-actions.png and docs/16-post-confirmation.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openPane, PaneSession, RESULTS, ROOT, unexpectedCspViolations } from './harness';

jest.setTimeout(240_000);

const DOCS = join(ROOT, 'docs');
const WIDTH = 350;

/** The page's full width: at most the pane's when nothing scrolls sideways. */
const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** What has focus, in words: its role and name, or `body`. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.getAttribute('role') ?? el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
  });

/** Waits until something other than <body> has focus, and says what. */
async function focusNotOnBody(page: Page): Promise<string> {
  await page
    .waitForFunction(() => document.activeElement !== null && document.activeElement !== document.body, undefined, { timeout: 10_000 })
    .catch(() => undefined);
  return focused(page);
}

describe('the run page at 350 px', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane({ width: WIDTH, height: 800 });
    mkdirSync(RESULTS, { recursive: true });
  });
  afterAll(async () => pane?.close());

  it('fits, keeps focus and asks before losing work', async () => {
    const { page, server } = pane;
    await page.goto(`${server.base}taskpane.html`);
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await page.getByRole('button', { name: 'Nightly renewals' }).click({ timeout: 60_000 });

    // Before Preview: one primary button (Preview), Refresh as an icon, More actions.
    const toolbar = page.getByRole('toolbar', { name: 'Run actions' });
    await toolbar.getByRole('button', { name: 'Preview', exact: true }).waitFor({ timeout: 60_000 });
    expect(await toolbar.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent))).toEqual([
      'Preview',
      'Refresh',
      'More actions',
    ]);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
    const tabsTop = await page.evaluate(() => {
      const tabs = document.querySelector('[role="tablist"][aria-label="Run views"]')!;
      return tabs.getBoundingClientRect().top - tabs.closest('main')!.getBoundingClientRect().top;
    });
    expect(tabsTop).toBeLessThanOrEqual(200);

    // Preview: focus lands on the tabs, the primary button becomes Post.
    await toolbar.getByRole('button', { name: 'Preview', exact: true }).click();
    await toolbar.getByRole('button', { name: 'Post', exact: true }).waitFor({ timeout: 90_000 });
    expect(await focusNotOnBody(page)).toMatch(/^tab:/);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
    await page.screenshot({ path: join(DOCS, '16-run-page.png') });

    // Actions: one Tab stop, arrows between rows, Space toggles Include and focus stays on the row.
    await page.getByRole('tab', { name: 'Actions' }).click();
    const grid = page.getByRole('grid', { name: 'Items' });
    await grid.waitFor();
    expect(await grid.locator('[role="row"][tabindex="0"]').count()).toBe(1);
    const first = grid.locator('[role="row"][aria-rowindex="1"]');
    await first.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'))).toBe('2');
    await page.keyboard.press('ArrowUp');
    const excludable = grid
      .locator('[role="row"]')
      .filter({ has: page.getByRole('switch') })
      .first();
    await excludable.focus();
    const toggle = excludable.getByRole('switch');
    expect(await toggle.isChecked()).toBe(true);
    await page.keyboard.press(' ');
    await page.waitForFunction(() => document.querySelector('[role="grid"] [role="switch"]:not(:checked)') !== null, undefined, { timeout: 60_000 });
    // The call has ended once the switches are enabled again.
    await page.waitForFunction(() => document.querySelector('[role="grid"] [role="switch"]:disabled') === null, undefined, { timeout: 60_000 });
    expect(await focusNotOnBody(page)).toMatch(/^row:/);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
    await page.screenshot({ path: join(DOCS, '16-actions.png') });

    // Discard preview asks first (one exclusion would be lost); keeping it returns focus to More actions.
    await toolbar.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Discard preview' }).click();
    const discard = page.getByRole('alertdialog');
    await discard.getByText('The 1 item you excluded would be lost').waitFor();
    await discard.getByRole('button', { name: 'Keep the preview' }).click();
    await discard.waitFor({ state: 'detached' });
    expect(await focusNotOnBody(page)).toBe('button:More actions');
    await toolbar.getByRole('button', { name: 'Post', exact: true }).waitFor();

    // Post: sentences with the currency, focus on Cancel, nothing sideways; Cancel returns focus to Post.
    await toolbar.getByRole('button', { name: 'Post', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    const sentences = dialog.getByRole('list', { name: 'What post will apply' }).getByRole('listitem');
    await sentences.first().waitFor({ timeout: 60_000 });
    const words = await sentences.allTextContents();
    expect(words.some((s) => /^Creates [\d,]+ invoices?, .*[$€£]/.test(s))).toBe(true);
    await dialog.getByText(/1 excluded item will not be posted\.$/).waitFor();
    expect(await focusNotOnBody(page)).toBe('button:Cancel');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(WIDTH);
    expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(DOCS, '16-post-confirmation.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await focusNotOnBody(page)).toBe('button:Post');

    expect(pane.pageErrors).toEqual([]);
    expect(unexpectedCspViolations(pane)).toEqual([]);
  });
});
