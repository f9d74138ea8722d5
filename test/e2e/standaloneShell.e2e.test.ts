/**
 * End to end, in a real headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core): the production build in dist/ (npm test builds it first), served by
 * scripts/serveWeb.mjs on 127.0.0.1, opened as an ordinary web page. office.js is fulfilled from
 * node_modules/@microsoft/office-js/dist instead of Microsoft's CDN and every other request off
 * 127.0.0.1 is blocked, so the test needs no network. The task pane must come up in standalone
 * mode under its own Content-Security-Policy, with no page errors.
 *
 * Prints (does not assert) the initial JavaScript taskpane.html loads, gzipped, and the time
 * until the shell is visible. A screenshot goes to test-results/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');
const DIST = process.env.E2E_DIST ?? join(ROOT, 'dist');
const OFFICE_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const RESULTS = join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

jest.setTimeout(120_000);

/** Starts `node scripts/serveWeb.mjs` on a free port and resolves with its base URL. */
function startWebServer(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'serveWeb.mjs'), '--root', DIST], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => (err += chunk));
    child.stdout!.on('data', (chunk: string) => {
      out += chunk;
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)taskpane\.html/.exec(out);
      if (url) resolve({ child, base: url[1] });
    });
    child.once('exit', (code) => reject(new Error(`serveWeb exited with ${code}: ${err}`)));
  });
}

/** The file under the office-js package a CDN URL names, or null when it is outside it. */
function officeFile(url: string): string | null {
  const rest = decodeURIComponent(new URL(url).pathname).replace(/^\/lib\/1\/hosted\//, '');
  const file = normalize(join(OFFICE_DIST, rest));
  return file.startsWith(OFFICE_DIST + sep) && existsSync(file) ? file : null;
}

/** Every local `<script src>` of the built taskpane.html, in document order. */
function localScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

describe('the task pane in a headless browser (standalone web mode)', () => {
  let server: { child: ChildProcess; base: string };
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  const consoleErrors: string[] = [];
  const blocked: string[] = [];
  const officeServed: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build` first (npm test does)');
    server = await startWebServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 360, height: 720 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Every violation the page itself sees, whether or not Chromium also logs it.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
      });
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (/Content[- ]Security[- ]Policy/i.test(text)) cspViolations.push(text);
      else consoleErrors.push(text);
    });
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_CDN)) {
        const file = officeFile(url);
        if (file == null) return route.fulfill({ status: 404, body: 'not in @microsoft/office-js/dist' });
        officeServed.push(url.slice(OFFICE_CDN.length));
        return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(file) });
      }
      const { protocol, hostname } = new URL(url);
      if ((protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1') {
        blocked.push(url);
        return route.abort('blockedbyclient');
      }
      return route.continue();
    });
  });

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
  });

  it('renders the standalone shell with no CSP violations or page errors', async () => {
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
        `standalone task pane: shell visible ${visibleMs} ms after navigation`,
        `initial task-pane JavaScript (taskpane.html's own scripts, office.js excluded): ${(total / 1024).toFixed(1)} KB gzipped`,
        ...sizes.map((s) => `  ${s.src}  ${(s.gzipped / 1024).toFixed(1)} KB`),
        `office.js files served from node_modules: ${officeServed.join(', ') || 'none'}`,
        `requests blocked (off 127.0.0.1): ${blocked.length === 0 ? 'none' : blocked.join(', ')}`,
        `screenshot: test-results/taskpane-standalone.png`,
      ].join('\n'),
    );

    expect(officeServed).toContain('office.js');
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await expect(page.title()).resolves.toBe('Renewal Runs');
  });
});
