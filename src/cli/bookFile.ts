import { resolve } from 'node:path';
import { openBook, type OpenedBook } from '../app/openBook';
import { Refusal } from '../app/refusal';
import { loadWorkbookFile, saveWorkbookFile, UnreadableWorkbookError, writeFileAtomically } from '../hosts/file/workbookFile';
import type { XlsxWorkbookHost } from '../hosts/file/xlsxWorkbookHost';

/**
 * The CLI's only file I/O on workbooks and exports: every command opens its workbook and
 * writes its files here (the place to take and release a file lock).
 */

/** A workbook file opened by a command. */
export type BookFile = OpenedBook<XlsxWorkbookHost> & { source: string };

/**
 * Loads and reads a workbook file. A file that is not a workbook refuses (`UNREADABLE_WORKBOOK`),
 * a missing required sheet or column too (`MISSING_SCHEMA`, through openBook), naming the file.
 *
 * @example
 * const book = await openBookFile('/data/members.xlsx');
 */
export async function openBookFile(path: string): Promise<BookFile> {
  let host: XlsxWorkbookHost;
  try {
    host = loadWorkbookFile(path);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw new Refusal('UNREADABLE_WORKBOOK', e.message);
    throw e;
  }
  return (await openBook(host, path)) as BookFile;
}

/**
 * Where a command writes its workbook: `--out` (resolved against `cwd`), else the file itself.
 *
 * @example
 * outPath('/data/members.xlsx', undefined, '/data') // → '/data/members.xlsx'
 */
export function outPath(path: string, out: string | undefined, cwd: string): string {
  return out === undefined ? path : resolve(cwd, out);
}

/**
 * Saves the workbook to `out` atomically; when that is the file it was read from, after a copy
 * to `<file>.bak` (SPEC §6 in-place writes). `path` null: a new workbook (demo), no backup.
 *
 * @example
 * saveBookFile(book.host, book.source, '/data/members.xlsx');
 */
export function saveBookFile(host: XlsxWorkbookHost, path: string | null, out: string): void {
  saveWorkbookFile(host, out, { backup: out === path });
}

/**
 * Writes an exported file (a batch's CSV or .xlsx) atomically.
 *
 * @example
 * saveExportFile('/out/NIGHTLY-invoices-2026-11-21.csv', bytes);
 */
export function saveExportFile(path: string, bytes: Uint8Array): void {
  writeFileAtomically(path, bytes);
}
