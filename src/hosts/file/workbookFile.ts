import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { XlsxWorkbookHost } from './xlsxWorkbookHost';

/** A workbook file that cannot be read; the CLI prints `message` and exits 1. */
export class UnreadableWorkbookError extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads an .xlsx workbook file. Anything that is not an .xlsx (zip) file — a CSV, a text or a
 * corrupt file — is refused with a clear message rather than guessed at.
 *
 * @example
 * const host = loadWorkbookFile('members.xlsx');
 */
export function loadWorkbookFile(path: string): XlsxWorkbookHost {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnreadableWorkbookError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? 'error'})`);
  }
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new UnreadableWorkbookError(`${path} is not an Excel workbook (.xlsx)`);
  }
  try {
    return XlsxWorkbookHost.fromBytes(bytes);
  } catch (e) {
    throw new UnreadableWorkbookError(`${path} is not a readable Excel workbook: ${(e as Error).message}`);
  }
}

export interface SaveWorkbookOptions {
  /** Copy the file being replaced to `<path>.bak` first (SPEC §6: in-place writes). */
  backup?: boolean;
}

/**
 * Writes the workbook atomically: to a temporary file beside `path`, flushed to disk, then
 * renamed over it, so a crash leaves either the old or the new workbook, never a torn one.
 *
 * @example
 * saveWorkbookFile(host, 'members.xlsx', { backup: true });
 */
export function saveWorkbookFile(host: XlsxWorkbookHost, path: string, options: SaveWorkbookOptions = {}): void {
  writeFileAtomically(path, host.toBytes(), options);
}

/** Writes bytes to `path` atomically (temp file + fsync + rename), after an optional `.bak` copy. */
export function writeFileAtomically(path: string, bytes: Uint8Array, options: SaveWorkbookOptions = {}): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(temp);
    throw e;
  }
  closeSync(fd);
  if (options.backup && existsSync(path)) copyFileSync(path, `${path}.bak`);
  renameSync(temp, path);
}
