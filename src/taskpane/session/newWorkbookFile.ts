/**
 * A new, empty in-memory .xlsx workbook for building an export. SheetJS is large, so the file
 * host's module (and `xlsx` with it) is loaded on demand, in the same `xlsx-host` chunk the
 * standalone web mode loads (src/taskpane/standalone/browserWorkbook.ts): never in the task
 * pane's initial bundle.
 */
import type * as HostModule from '../../hosts/file/xlsxWorkbookHost';
import type { WorkbookFileWriter } from '../../workbook/export/batchXlsx';

/**
 * The file host's module, fetched as a separate chunk the first time. (`as string` keeps tsc's
 * Node16 resolution off the specifier; swc strips it, so webpack and jest still see, and
 * split on, the literal path.)
 */
function loadHostModule(): Promise<typeof HostModule> {
  return import(/* webpackChunkName: "xlsx-host" */ '../../hosts/file/xlsxWorkbookHost' as string) as Promise<typeof HostModule>;
}

/**
 * An empty workbook that takes sheets and becomes .xlsx bytes.
 *
 * @example
 * const bytes = batchesXlsx(batches, await newWorkbookFile());
 */
export async function newWorkbookFile(): Promise<WorkbookFileWriter> {
  const { XlsxWorkbookHost } = await loadHostModule();
  return XlsxWorkbookHost.empty();
}
