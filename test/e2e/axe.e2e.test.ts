/**
 * axe-core on every page and dialog of the task pane at 350 px, light and dark (issue 16):
 * the first-run page, Runs, the run page's three tabs after a preview, the post confirmation,
 * the run editor, History and Reconcile with a preview. No violation is allowed except
 * Fluent's focus-trap dummies (see `notAllowed` in ./axe.ts for why those are allowed).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeProblems, notAllowed, type AxeProblem } from './axe';
import { openPane, PaneSession, ROOT } from './harness';

jest.setTimeout(300_000);

const WIDTH = 350;
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
    const check = async (where: string) => {
      await settled(page);
      const problems = notAllowed(await axeProblems(page));
      if (problems.length > 0) found[where] = problems;
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

    await page.getByRole('button', { name: 'Post', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor({ timeout: 60_000 });
    await check('post confirmation');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await openTab(page, 'Runs');
    await page.getByRole('button', { name: /New run/ }).click();
    await page.getByRole('textbox', { name: /Name/ }).first().waitFor({ timeout: 30_000 });
    await check('run editor');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();

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

    expect(found).toEqual({});
    expect(pane.pageErrors).toEqual([]);
  });
});

/** Waits until no task is running (no spinner) and transitions have ended, so axe sees the page at rest. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.fui-Spinner, [aria-busy="true"]').length === 0, undefined, { timeout: 60_000 });
  await page.waitForTimeout(400);
}

async function openTab(page: Page, name: string): Promise<void> {
  const back = page.getByRole('button', { name: '← All runs' });
  if (await back.isVisible()) await back.click();
  await page.getByRole('tab', { name }).click();
}
