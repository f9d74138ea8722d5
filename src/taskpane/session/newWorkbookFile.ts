import type { WorkbookFileWriter } from '../../workbook/export/batchXlsx';
import { loadXlsxHost } from './loadXlsxHost';

/**
 * A new, empty in-memory .xlsx workbook for building an export, with SheetJS loaded on demand
 * (never in the task pane's initial bundle).
 *
 * @example
 * const bytes = batchesXlsx(batches, await newWorkbookFile());
 */
export async function newWorkbookFile(): Promise<WorkbookFileWriter> {
  const { XlsxWorkbookHost } = await loadXlsxHost();
  return XlsxWorkbookHost.empty();
}
