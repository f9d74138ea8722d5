/**
 * Starts the session worker. webpack recognises `new Worker(new URL(…, import.meta.url))` and
 * builds sessionWorker.ts as its own script (with SheetJS and the engine), loaded only when a
 * workbook is opened; the page's Content-Security-Policy allows it as a 'self' script.
 * This one module holds `import.meta`, which tsc's CommonJS (Node16) setting rejects and jest
 * cannot run; nothing but the pane's entry imports it.
 */
export function startSessionWorker(): Worker {
  // @ts-expect-error TS1470: import.meta is an ES module feature; webpack bundles this file as one.
  return new Worker(new URL('./sessionWorker.ts', import.meta.url), { name: 'renewal-runs-session' });
}
