/**
 * The production build (BENCH_DIST, default dist/) served by scripts/serveWeb.mjs on 127.0.0.1,
 * in the end-to-end harness's Chromium with its flags: office.js fulfilled from
 * node_modules, every other request off 127.0.0.1 blocked. Nothing listens beyond 127.0.0.1
 * (playwright talks to chromium over a pipe).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, localScripts, OFFICE_CDN } from '../e2e/harness';

/** The checkout: two levels up from test/bench, three from lib/test/bench. */
export const ROOT = [join(__dirname, '..', '..'), join(__dirname, '..', '..', '..')].find((d) => existsSync(join(d, 'scripts', 'serveWeb.mjs')))!;
const OFFICE_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

export const benchDist = (): string => resolve(process.env.BENCH_DIST ?? join(ROOT, 'dist'));

/** Gzipped bytes of the scripts taskpane.html loads itself (office.js, from the CDN, excluded). */
export function initialScriptsGz(dist: string): { files: string[]; bytes: number } {
  const files = localScripts(readFileSync(join(dist, 'taskpane.html'), 'utf8'));
  return { files, bytes: files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0) };
}

type StartServer = (options: { root: string; port: number }) => Promise<{ url: string; close: () => Promise<void> }>;

export interface BenchPane {
  base: string;
  page: Page;
  /** Local .js files the page requested, in order. */
  scripts: string[];
  pageErrors: string[];
  blocked: string[];
  close: () => Promise<void>;
}

function officeFile(url: string): string | null {
  const file = normalize(join(OFFICE_DIST, decodeURIComponent(new URL(url).pathname).replace(/^\/lib\/1\/hosted\//, '')));
  return file.startsWith(OFFICE_DIST + sep) && existsSync(file) ? file : null;
}

/** Serves `dist` on a free 127.0.0.1 port and opens a page with the network fenced off. */
export async function openBenchPane(dist: string, viewport = { width: 420, height: 900 }): Promise<BenchPane> {
  if (!existsSync(join(dist, 'taskpane.html'))) throw new Error(`${dist}/taskpane.html is missing: build first (BENCH_DIST names the build)`);
  const { startServer } = (await import(pathToFileURL(join(ROOT, 'scripts', 'serveWeb.mjs')).href)) as { startServer: StartServer };
  const server = await startServer({ root: dist, port: 0 });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport });
    const pane: BenchPane = {
      base: server.url,
      page,
      scripts: [],
      pageErrors: [],
      blocked: [],
      close: async () => {
        await browser?.close();
        await server.close();
      },
    };
    page.on('pageerror', (error) => pane.pageErrors.push(error.message));
    page.on('request', (request) => {
      const { pathname, origin } = new URL(request.url());
      if (`${origin}/` === server.url && pathname.endsWith('.js')) pane.scripts.push(pathname.slice(1));
    });
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_CDN)) {
        const file = officeFile(url);
        if (file == null) return route.fulfill({ status: 404, body: 'not in @microsoft/office-js/dist' });
        return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(file) });
      }
      const { protocol, hostname } = new URL(url);
      if ((protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1') {
        pane.blocked.push(url);
        return route.abort('blockedbyclient');
      }
      return route.continue();
    });
    return pane;
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
