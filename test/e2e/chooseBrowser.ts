/**
 * Which Chromium the browser tests (and the benchmarks) drive, so that a fresh machine needs
 * only Node: `CHROMIUM_PATH` when it is set and not empty; else the first system Chromium that
 * exists; else the Chromium shipped inside the npm package `@sparticuz/chromium`, unpacked into
 * the temporary directory on first use. `CHROMIUM_PATH=` (empty) skips the system browsers, so
 * the packaged fallback can be tried on a machine that has one.
 */
import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and Google install their browsers, in the order they are tried. */
export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'packaged';

export interface BrowserChoice {
  source: BrowserSource;
  path: string;
}

export interface ChooseBrowserOptions {
  env?: { CHROMIUM_PATH?: string };
  exists?: (path: string) => boolean;
  /** Unpacks the packaged Chromium and resolves with its path. */
  unpack?: () => Promise<string>;
}

/** The browser to launch; the packaged one is unpacked only when nothing else is chosen. */
export async function chooseBrowser({
  env = process.env,
  exists = existsSync,
  unpack = unpackPackagedChromium,
}: ChooseBrowserOptions = {}): Promise<BrowserChoice> {
  const configured = env.CHROMIUM_PATH;
  if (configured) return { source: 'CHROMIUM_PATH', path: configured };
  // Set but empty means "no system browser", not "unset".
  const system = configured === undefined ? SYSTEM_CHROMIUMS.find((path) => exists(path)) : undefined;
  if (system) return { source: 'system', path: system };
  return { source: 'packaged', path: await unpack() };
}

/** Unpacks the Chromium of @sparticuz/chromium into the temporary directory (once) and gives its path. */
async function unpackPackagedChromium(): Promise<string> {
  // An ECMAScript module for the type checker, so imported only when it is needed, dynamically.
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

/** One line naming the browser a run used, for the test output. */
export function describeBrowser(choice: BrowserChoice, version?: string): string {
  const from = {
    CHROMIUM_PATH: 'CHROMIUM_PATH',
    system: 'the system',
    packaged: 'the npm package @sparticuz/chromium',
  }[choice.source];
  return `Browser tests use Chromium${version ? ` ${version}` : ''} at ${choice.path}, from ${from}`;
}
