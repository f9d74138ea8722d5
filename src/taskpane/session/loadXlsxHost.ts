/**
 * SheetJS on demand. It is large, so the task pane never puts it in the initial bundle Excel's
 * webview loads: the file host's module (and `xlsx` with it) is fetched as one separate
 * `xlsx-host` chunk the first time a settlements file is read (a CSV, or an .xlsx of
 * settlements: reading only, never the staff's workbook, which loadPackageHost's host reads and
 * writes). (`as string` keeps tsc's Node16 resolution, which wants a ".js"
 * on ECMAScript imports, off the specifier; swc strips it, so webpack and jest still see, and
 * split on, the literal path.)
 */
import type * as HostModule from '../../hosts/file/xlsxWorkbookHost';

/**
 * The file host's module, loaded once.
 *
 * @example
 * const { XlsxWorkbookHost } = await loadXlsxHost();
 */
export function loadXlsxHost(): Promise<typeof HostModule> {
  return import(/* webpackChunkName: "xlsx-host" */ '../../hosts/file/xlsxWorkbookHost' as string) as Promise<typeof HostModule>;
}
