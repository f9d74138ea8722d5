/**
 * End to end, in a real headless Chromium: the production build opened as an ordinary web page
 * must come up in standalone mode under its own Content-Security-Policy, with no page errors.
 * Prints (does not assert) the initial JavaScript taskpane.html loads, gzipped, and the time
 * until the first page is visible. A screenshot goes to test-results/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, localScripts, openPane, PaneSession, RESULTS, unexpectedCspViolations } from './harness';

jest.setTimeout(120_000);

describe('the task pane in a headless browser (standalone web mode)', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane();
  });
  afterAll(async () => pane?.close());

  it('renders the standalone start page with no CSP violations or page errors', async () => {
    const { page, server } = pane;
    const started = Date.now();
    await page.goto(`${server.base}taskpane.html`);
    await page.getByText('Standalone mode', { exact: false }).first().waitFor({ state: 'visible', timeout: 30_000 });
    const visibleMs = Date.now() - started;
    await page.waitForLoadState('networkidle').catch(() => undefined);
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'taskpane-standalone.png'), fullPage: true });

    const scripts = localScripts(readFileSync(join(DIST, 'taskpane.html'), 'utf8'));
    const sizes = scripts.map((src) => ({ src, gzipped: gzipSync(readFileSync(join(DIST, src))).length }));
    const total = sizes.reduce((sum, s) => sum + s.gzipped, 0);
    console.log(
      [
        `standalone task pane: start page visible ${visibleMs} ms after navigation`,
        `initial task-pane JavaScript (taskpane.html's own scripts, office.js excluded): ${(total / 1024).toFixed(1)} KB gzipped`,
        ...sizes.map((s) => `  ${s.src}  ${(s.gzipped / 1024).toFixed(1)} KB`),
        `office.js files served from node_modules: ${pane.officeServed.join(', ') || 'none'}`,
        `requests blocked (off 127.0.0.1): ${pane.blocked.length === 0 ? 'none' : pane.blocked.join(', ')}`,
      ].join('\n'),
    );
    expect(pane.officeServed).toContain('office.js');
    expect(pane.pageErrors).toEqual([]);
    expect(unexpectedCspViolations(pane)).toEqual([]);
    await expect(page.title()).resolves.toBe('Renewal Runs');
  });
});
