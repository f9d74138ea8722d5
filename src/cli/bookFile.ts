import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openBook, type OpenedBook } from '../app/openBook';
import { Refusal } from '../app/refusal';
import { readBookFile, type ReadBookFile } from '../hosts/file/bookFingerprint';
import { cleanLeftovers } from '../hosts/file/cleanLeftovers';
import { findOwnerFile, ownerFileRefusal } from '../hosts/file/findOwnerFile';
import { replaceBookFile } from '../hosts/file/replaceBookFile';
import { withBookLock } from '../hosts/file/withBookLock';
import { openWorkbookBytes, openWorkbookSource, readWorkbookBytes, writeFileAtomically } from '../hosts/file/workbookFile';
import { changedUnderneath, type FileSource } from '../hosts/file/fileSource';
import type { ZipPiece } from '../hosts/file/package/writeZip';
import type { PackageWorkbookHost } from '../hosts/file/packageWorkbookHost';

/**
 * The CLI's only file I/O on workbooks and exports. A command that only reads a book opens it
 * with {@link openBookFile}; a command that writes one does its whole read → change → write
 * inside {@link withBookFile} (SPEC §8): under the lock of the file it writes.
 */

/** A workbook file opened by a command. */
export type BookFile = OpenedBook<PackageWorkbookHost> & { source: string };

/** How a writing command treats other writers (`--wait`) and what it tells the user on the way. */
export interface BookWriteOptions {
  /** How long to wait for another renewal-runs process's lock before refusing (LOCKED). */
  waitSeconds: number;
  /** A line for stderr: a dead process's lock taken over, its leftovers removed. */
  onNotice: (message: string) => void;
}

export interface WithBookFileOptions<T> extends BookWriteOptions {
  /** Whether the changed book is written, given the work's result; always when absent. */
  writeWhen?: (result: T) => boolean;
}

/**
 * Loads and reads a workbook file, for a command that does not write it (validate, due, export,
 * reconcile --dry-run): no lock — writers replace a book by an atomic rename, so a read sees one
 * whole version of it. A file that is not a workbook refuses (`UNREADABLE_WORKBOOK`; the package
 * reader's CORRUPT_WORKBOOK, ENCRYPTED_WORKBOOK, NOT_XLSX, TOO_LARGE, UNREADABLE_SHEET), a missing
 * required sheet or column too (`MISSING_SCHEMA`, through openBook), naming the file.
 *
 * @example
 * const book = await openBookFile('/data/members.xlsx');
 */
export async function openBookFile(path: string): Promise<BookFile> {
  return (await openBook(await openWorkbookBytes(readWorkbookBytes(path), path), path)) as BookFile;
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
 * Runs a writing command's `work` on the book at `path` and writes the result to `out` (the
 * same file: in place, after `BOOK.bak`), holding the lock on `out` for the whole read → change
 * → write: lock (waiting up to `waitSeconds`), leftovers of killed writers removed, the book
 * opened once and parsed from exactly that file (held open, its parts read when needed, not
 * held whole), `work`, then the file replaced only if it is still what was read, the file read
 * has not been written into meanwhile, and it is not open in Excel or LibreOffice. The lock is
 * on the file written: reading `path` for an `--out` elsewhere needs none (writers replace it
 * atomically, and a write into it is caught before the new file replaces anything).
 *
 * @example
 * const post = await withBookFile(path, out, options, async (book) => postRun(book, findRun(book, id), { asOf, now, session: cliSession() }));
 */
export async function withBookFile<T>(path: string, out: string, options: WithBookFileOptions<T>, work: (book: BookFile) => Promise<T>): Promise<T> {
  const inPlace = out === path;
  // Said before any lock is taken (it would be refused under it anyway, on the read).
  if (!existsSync(path)) throw new Refusal('UNREADABLE_WORKBOOK', `${path}: no such file`);
  let input: FileSource | null = null;
  try {
    return await rewriteFile(out, options, async (target) => {
      const source = inPlace ? target.source : (input = openWorkbookSource(path));
      try {
        const book = (await openBook(await openWorkbookBytes(source, path), path)) as BookFile;
        const result = await work(book);
        const write = options.writeWhen?.(result) ?? true;
        return { result, bytes: write ? await book.host.toPieces() : null, backup: inPlace };
      } catch (e) {
        // Whatever went wrong reading a file someone wrote into meanwhile (a part cut short, a
        // CRC that no longer matches) is that change, not a broken workbook.
        if (source !== null && !source.unchanged()) throw changedUnderneath(path);
        throw e;
      }
    });
  } finally {
    (input as FileSource | null)?.close();
  }
}

/**
 * Like {@link withBookFile} for a book made in memory (`demo`): `work` runs on `host` and the
 * result replaces `out`, under its lock, with no `.bak` (SPEC §8: only in-place rewrites keep one).
 *
 * @example
 * await withNewBookFile(sampleHost, '/tmp/demo.xlsx', options, async (book) => previewRun(book, run, asOf));
 */
export async function withNewBookFile<T>(host: PackageWorkbookHost, out: string, options: BookWriteOptions, work: (book: BookFile) => Promise<T>): Promise<T> {
  return rewriteFile(out, options, async () => {
    const book = (await openBook(host, out)) as BookFile;
    const result = await work(book);
    return { result, bytes: await host.toPieces(), backup: false };
  });
}

/** What a rewrite produced: the new bytes in pieces (`null`: leave the file as it is) and the work's result. */
interface Rewrite<T> {
  result: T;
  bytes: readonly ZipPiece[] | null;
  backup: boolean;
}

async function rewriteFile<T>(out: string, options: BookWriteOptions, change: (current: ReadBookFile) => Promise<Rewrite<T>>): Promise<T> {
  const folder = dirname(out);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Refusal('NO_SUCH_FOLDER', `${out} cannot be written: there is no folder ${folder}`);
  return withBookLock(out, { waitSeconds: options.waitSeconds, onNotice: options.onNotice }, async (lock) => {
    for (const removed of cleanLeftovers(out)) options.onNotice(`Removed ${removed}, left behind by an interrupted renewal-runs command`);
    const current = readTarget(out);
    try {
      const rewrite = await change(current);
      if (rewrite.bytes !== null) {
        // Checked at the last moment: an owner file appears when someone opens the book.
        const owner = findOwnerFile(out);
        if (owner) throw ownerFileRefusal(out, owner);
        replaceBookFile(out, rewrite.bytes, { read: current, backup: rewrite.backup, lock });
      }
      return rewrite.result;
    } finally {
      current.source?.close();
    }
  });
}

/** The file about to be replaced, opened once (to be read when needed; fingerprint); an error is a refusal. */
function readTarget(path: string): ReadBookFile {
  try {
    return readBookFile(path);
  } catch (e) {
    throw new Refusal('UNREADABLE_WORKBOOK', `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
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
