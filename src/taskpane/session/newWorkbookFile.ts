import type { WorkbookFileWriter } from '../../workbook/export/batchXlsx';
import { loadPackageHost } from './loadPackageHost';

/**
 * A new, empty in-memory .xlsx workbook for building an export (its sheets get a bold frozen
 * header, autofilter, date formats and widths), with the package host loaded on demand (never in
 * the task pane's initial bundle).
 *
 * @example
 * const bytes = batchesXlsx(batches, await newWorkbookFile());
 */
export async function newWorkbookFile(): Promise<WorkbookFileWriter> {
  const { PackageWorkbookHost } = await loadPackageHost();
  return PackageWorkbookHost.empty();
}
