/**
 * The standalone web mode's workbook (SPEC §7): outside Office the task pane works on an .xlsx
 * file the user opens, held in memory as a {@link PackageWorkbookHost} (read and saved part by
 * part, so everything the product does not write is kept: SPEC §8), and saved back as a
 * download. The host module is loaded on demand, in its own chunk, only when a workbook is
 * opened or the demo is built: never in the initial bundle that Excel's webview loads.
 */
import type { LocalDate } from '../../engine/dates/localDate';
import type { PackageWorkbookHost } from '../../hosts/file/packageWorkbookHost';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';
import { loadPackageHost } from '../session/loadPackageHost';
import { downloadBytes } from '../app/downloadBytes';

/** The .xlsx media type, for the download's Blob. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Opens an .xlsx file the user picked (or its bytes). Rejects with the package reader's refusal
 * (corrupt, encrypted, not an .xlsx, too large) when the bytes are not a readable workbook.
 *
 * @example
 * const host = await openWorkbookFile(input.files[0]);
 */
export async function openWorkbookFile(file: File | ArrayBuffer): Promise<PackageWorkbookHost> {
  const buffer = file instanceof ArrayBuffer ? file : await file.arrayBuffer();
  const { PackageWorkbookHost } = await loadPackageHost();
  return PackageWorkbookHost.fromBytes(new Uint8Array(buffer));
}

/**
 * The embedded sample workbook (about 2,000 memberships dated around `asOf`, with its NIGHTLY
 * run), as `renewal-runs demo` writes it, for trying the pane without a workbook of one's own.
 */
export async function createDemoWorkbook(asOf: LocalDate): Promise<PackageWorkbookHost> {
  const { PackageWorkbookHost } = await loadPackageHost();
  const host = PackageWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf })) host.replaceSheetSync(sheet);
  return host;
}

/**
 * Saves workbook bytes as a browser download named `fileName` (".xlsx" added when missing):
 * a Blob, an object URL and a temporary `<a download>` clicked once. The URL is revoked
 * shortly after, once the browser has started the download.
 */
export function saveBytesAsDownload(bytes: Uint8Array, fileName: string): void {
  downloadBytes(bytes, downloadName(fileName), XLSX_MEDIA_TYPE);
}

/** `fileName` with an .xlsx extension, and a default when blank. */
export function downloadName(fileName: string): string {
  const name = fileName.trim() === '' ? 'renewal-runs.xlsx' : fileName.trim();
  return /\.xlsx$/i.test(name) ? name : `${name}.xlsx`;
}
