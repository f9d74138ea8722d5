/**
 * What every browser test shares: the production build served by scripts/serveWeb.mjs on
 * 127.0.0.1, a Chromium (chooseBrowser.ts: CHROMIUM_PATH, a system one, else the npm package's)
 * driven by playwright-core with the flags that keep it off the network, office.js fulfilled
 * from node_modules/@microsoft/office-js instead of Microsoft's CDN, and every other request
 * off 127.0.0.1 blocked.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chooseBrowser, describeBrowser, type BrowserChoice } from './chooseBrowser';

export const ROOT = join(__dirname, '..', '..');
export const DIST = process.env.E2E_DIST ?? join(ROOT, 'dist');
export const OFFICE_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const RESULTS = join(ROOT, 'test-results');
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let choice: Promise<BrowserChoice> | undefined;
let announced = false;

/** Launches the chosen Chromium headless with CHROMIUM_ARGS; the first launch says which one. */
export async function launchChromium(): Promise<Browser> {
  const { path } = await (choice ??= chooseBrowser());
  const browser = await launchWithRetry(path);
  if (!announced) {
    announced = true;
    process.stderr.write(`${describeBrowser(await choice, browser.version())}\n`);
  }
  return browser;
}

/** Starts `node scripts/serveWeb.mjs` on a free port and resolves with its base URL. */
export function startWebServer(): Promise<{ child: ChildProcess; base: string }> {
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
export function officeFile(url: string): string | null {
  const rest = decodeURIComponent(new URL(url).pathname).replace(/^\/lib\/1\/hosted\//, '');
  const file = normalize(join(OFFICE_DIST, rest));
  return file.startsWith(OFFICE_DIST + sep) && existsSync(file) ? file : null;
}

/** Every local `<script src>` of the built taskpane.html, in document order. */
export function localScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

/** A page of the task pane in standalone mode, with what went wrong collected. */
export interface PaneSession {
  server: { child: ChildProcess; base: string };
  browser: Browser;
  page: Page;
  pageErrors: string[];
  cspViolations: string[];
  consoleErrors: string[];
  blocked: string[];
  officeServed: string[];
  close: () => Promise<void>;
}

/** Starts the server and a browser page with the office.js route and the network blocked. */
export async function openPane(viewport = { width: 360, height: 720 }): Promise<PaneSession> {
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build` first (npm test does)');
  const server = await startWebServer();
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const s: PaneSession = {
    server,
    browser,
    page,
    pageErrors: [],
    cspViolations: [],
    consoleErrors: [],
    blocked: [],
    officeServed: [],
    close: async () => {
      await browser.close();
      server.child.kill('SIGTERM');
    },
  };
  page.on('pageerror', (error) => s.pageErrors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/Content[- ]Security[- ]Policy/i.test(text)) s.cspViolations.push(text);
    else s.consoleErrors.push(text);
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      const file = officeFile(url);
      if (file == null) return route.fulfill({ status: 404, body: 'not in @microsoft/office-js/dist' });
      s.officeServed.push(url.slice(OFFICE_CDN.length));
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(file) });
    }
    const { protocol, hostname } = new URL(url);
    if ((protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1') {
      s.blocked.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  return s;
}

/**
 * CSP violations other than the one the policy means to cause: office.js tries to frame its
 * telemetry service, which the README documents as blocked on purpose.
 */
export function unexpectedCspViolations(pane: PaneSession): string[] {
  return pane.cspViolations.filter((v) => !v.includes('telemetryservice.firstpartyapps.oaspapps.com'));
}

/**
 * Launches Chromium, trying again (up to three times in all) when it dies while starting: the
 * packaged build was seen to exit with SIGSEGV at start-up once in several runs. A browser that
 * starts and then fails a test still fails it; each retry is said on stderr.
 */
async function launchWithRetry(path: string, attempts = 3): Promise<Browser> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, headless: true });
    } catch (error) {
      if (attempt >= attempts) throw error;
      process.stderr.write(`Chromium did not start (attempt ${attempt} of ${attempts}): ${String(error).split('\n')[0]}; trying again\n`);
    }
  }
}
