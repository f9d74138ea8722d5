/**
 * The Statistics tab's twelve-month chart in a 350 px pane, standalone web mode, light and dark
 * (issue 16, "A readable chart"): the page does not scroll sideways with the chart shown, the
 * month and scale labels are on screen, and focusing a week (then an arrow key) shows its
 * tooltip in words. Saves docs/16-chart-light.png and docs/16-chart-dark.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openPane, PaneSession, ROOT, unexpectedCspViolations } from './harness';

jest.setTimeout(180_000);

const DOCS = join(ROOT, 'docs');
const WIDTH = 350;

/** Opens the demo workbook's nightly run on its Statistics tab and waits for the chart. */
async function openChart(page: Page, base: string) {
  await page.goto(`${base}taskpane.html`);
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await page.getByRole('button', { name: 'Nightly renewals' }).click({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Statistics' }).click();
  const chart = page.getByRole('group', { name: /week by week/ });
  await chart.waitFor({ timeout: 60_000 });
  await chart.scrollIntoViewIfNeeded();
  return chart;
}

/** The left and right edges of the elements `selector` finds (page pixels), each checked to be visible. */
async function visibleSpans(page: Page, selector: string): Promise<[number, number][]> {
  const labels = page.locator(selector);
  const spans: [number, number][] = [];
  for (let i = 0; i < (await labels.count()); i++) {
    const label = labels.nth(i);
    expect(await label.isVisible()).toBe(true);
    const box = (await label.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    spans.push([box.x, box.x + box.width]);
  }
  return spans;
}

describe.each(['light', 'dark'] as const)('the twelve-month chart at 350 px (%s)', (scheme) => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane({ width: WIDTH, height: 900 });
    await pane.page.emulateMedia({ colorScheme: scheme });
    mkdirSync(DOCS, { recursive: true });
  });
  afterAll(async () => pane?.close());

  it('fits the pane, shows its axis labels, and a week’s tooltip on keyboard focus', async () => {
    const { page, server } = pane;
    const chart = await openChart(page, server.base);
    await page.getByText(/^Next 12 months: \d[\d,]* renewals · /).waitFor();

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    // Twelve month names (the year under January), inside the pane and not overlapping one another
    const months = await visibleSpans(page, '[data-testid="month-tick"] text:not([data-year])');
    expect(months.length).toBe(12);
    expect(Math.max(...months.map(([, right]) => right))).toBeLessThanOrEqual(WIDTH);
    months.slice(1).forEach(([left], i) => expect(left).toBeGreaterThanOrEqual(months[i][1]));
    expect(await page.locator('[data-testid="month-tick"] text').first().textContent()).toMatch(/^[A-Z][a-z]{2}$/);
    expect((await visibleSpans(page, '[data-testid="y-tick"] text')).length).toBeGreaterThanOrEqual(3);

    const weeks = chart.getByRole('img', { name: /^Week of / });
    expect(await weeks.count()).toBe(52);
    await weeks.first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const name = (await weeks.nth(2).getAttribute('aria-label'))!;
    expect(await weeks.nth(2).evaluate((el) => el === document.activeElement)).toBe(true);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toBe(name);
    expect(name).toMatch(/^Week of \d{1,2} [A-Z][a-z]{2} \d{4}: \d+ renewals?, /);
    const tip = (await tooltip.boundingBox())!;
    expect(tip.x).toBeGreaterThanOrEqual(0);
    expect(tip.x + tip.width).toBeLessThanOrEqual(WIDTH);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);

    // The docs' picture, the tooltip showing
    await page.getByRole('region', { name: 'Forecast' }).screenshot({ path: join(DOCS, `16-chart-${scheme}.png`) });
    expect(pane.pageErrors).toEqual([]);
    expect(unexpectedCspViolations(pane)).toEqual([]);
  });
});
