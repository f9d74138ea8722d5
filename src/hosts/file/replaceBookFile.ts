import type { Stats } from 'node:fs';
import { dirname } from 'node:path';
import type { BookFingerprint, ReadBookFile } from './bookFingerprint';
import { fingerprintBytes, sameFileStats } from './bookFingerprint';
import type { BookFs } from './bookFs';
import { nodeBookFs } from './bookFs';
import { refusalForFsError } from './refusalForFsError';
import { pauseForTest } from './pauseForTest';
import { tempFileName } from './tempFileName';
import { changedUnderneath, FileSource } from './fileSource';
import { isByteRange, piecesOf, RANGE_STEP } from './package/byteSource';
import type { ZipPiece } from './package/writeZip';

export interface ReplaceBookFileOptions {
  /**
   * What the command read from `path`: {@link readBookFile}'s result, or only its fingerprint
   * (`'absent'`: there was no file). With the result, a file whose stats have not changed since
   * is neither read nor hashed again (the `.bak` is copied from the file as it was opened).
   */
  read: ReadBookFile | BookFingerprint;
  /** Keep the file being replaced as `<path>.bak` — only for in-place writes (SPEC §8). */
  backup?: boolean;
  /** The lock held on `path`; checked to be still ours just before the rename. */
  lock?: { assertHeld(): void };
  /** Replaced in tests only. */
  fs?: BookFs;
}

/**
 * Replaces the file at `path` with `bytes` (one buffer, or pieces written in order — a piece may
 * be a range of a file the command read, copied as it is) so that, whatever happens, it is
 * afterwards exactly the old file or exactly the new one: the bytes go to `.<name>.<pid>.tmp`
 * beside it, are flushed, and the file is renamed over `path`; then the directory is flushed so
 * the rename survives a power loss. Just before the rename, the file must still be what the
 * command read (`read`: the same stats, else the same bytes by hash), and every file the pieces
 * were copied from must be unchanged since it was opened — otherwise another program changed it
 * meanwhile and the write is refused (CHANGED_UNDERNEATH), leaving that change intact. Those
 * files are closed before the rename (Windows may refuse to replace a file still open). A full
 * disk or a refusal by the operating system is a {@link Refusal} with the reason; on every
 * failure the original is untouched and no temporary file is left behind.
 *
 * @example
 * const read = readBookFile('book.xlsx');
 * replaceBookFile('book.xlsx', newBytes, { read, backup: true, lock });
 */
export function replaceBookFile(path: string, bytes: Uint8Array | readonly ZipPiece[], options: ReplaceBookFileOptions): void {
  const fs = options.fs ?? nodeBookFs;
  const temp = tempFileName(path);
  const pieces = bytes instanceof Uint8Array ? [bytes] : bytes;
  try {
    writeFlushed(fs, temp, pieces, true);
    for (const source of fileSourcesOf(pieces)) if (!source.unchanged()) throw changedUnderneath(source.path);
    const current = readCurrent(fs, path, options.read);
    // A shared folder's book keeps its permissions (e.g. group-writable), not our umask's.
    if (current.stats !== null) fs.chmodSync(temp, current.stats.mode & 0o7777);
    if (options.backup && current.bytes !== null) {
      const backup = `${path}.bak`;
      const backupTemp = tempFileName(backup);
      try {
        writeFlushed(fs, backupTemp, [current.bytes], false);
        // Copied from the open file: a write into it meanwhile would leave a .bak of neither version.
        for (const source of fileSourcesOf([current.bytes])) if (!source.unchanged()) throw changedUnderneath(path);
        fs.renameSync(backupTemp, backup);
      } catch (e) {
        removeQuietly(fs, backupTemp);
        throw e;
      }
      pauseForTest('backup-written');
    }
    // Checked once more, cheaply, right before the rename: the window left is microseconds.
    if (!sameFileStats(current.stats, statOrNull(fs, path))) throw changedUnderneath(path);
    options.lock?.assertHeld();
    for (const source of fileSourcesOf(pieces)) source.close();
    if (typeof options.read !== 'string') options.read.source?.close();
    fs.renameSync(temp, path);
  } catch (e) {
    removeQuietly(fs, temp);
    throw refusalForFsError(e, path) ?? e;
  }
  pauseForTest('renamed');
  flushDirectory(fs, dirname(path));
}

/** The files that pieces are ranges of, once each. */
function fileSourcesOf(pieces: readonly ZipPiece[]): Set<FileSource> {
  const sources = new Set<FileSource>();
  for (const piece of pieces) if (isByteRange(piece) && piece.source instanceof FileSource) sources.add(piece.source);
  return sources;
}

/** Writes `pieces` to a new file and flushes it to disk; a failed write removes the file. */
function writeFlushed(fs: BookFs, file: string, pieces: readonly ZipPiece[], pauses: boolean): void {
  // 'w', not 'wx': a leftover of a dead process that had our pid is simply overwritten.
  const fd = fs.openSync(file, 'w', 0o666);
  // Parts copied from the book go through one buffer: each step is written before the next is read.
  const scratch = new Uint8Array(RANGE_STEP);
  try {
    for (const piece of pieces) {
      for (const bytes of piecesOf(piece, scratch)) {
        let offset = 0;
        while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
      }
    }
    if (pauses) pauseForTest('temp-written');
    fs.fsyncSync(fd);
  } catch (e) {
    closeQuietly(fs, fd);
    removeQuietly(fs, file);
    throw e;
  }
  fs.closeSync(fd);
  if (pauses) pauseForTest('temp-synced');
}

/**
 * The file as it is now (its bytes as a piece to copy to the `.bak`: the open file itself when
 * it is untouched), refused (CHANGED_UNDERNEATH) unless it is still what the command read.
 */
function readCurrent(fs: BookFs, path: string, read: ReadBookFile | BookFingerprint): { bytes: ZipPiece | null; stats: Stats | null } {
  const stats = statOrNull(fs, path);
  if (typeof read !== 'string' && read.stats !== null && sameFileStats(read.stats, stats)) {
    const { source } = read;
    return { bytes: source === null ? null : { source, start: 0, length: source.length }, stats };
  }
  const bytes = stats === null ? null : fs.readFileSync(path);
  if (fingerprintBytes(bytes) !== (typeof read === 'string' ? read : read.fingerprint)) throw changedUnderneath(path);
  return { bytes, stats };
}

function statOrNull(fs: BookFs, path: string): Stats | null {
  try {
    return fs.statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Makes a rename durable. Some file systems cannot fsync a directory; the file is in place anyway. */
function flushDirectory(fs: BookFs, dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // EISDIR/EINVAL/EPERM on some platforms and network shares: nothing more can be done.
  } finally {
    if (fd !== undefined) closeQuietly(fs, fd);
  }
}

function closeQuietly(fs: BookFs, fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // already closed or never usable; the file is removed next
  }
}

function removeQuietly(fs: BookFs, file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // ENOENT: never created or already removed
  }
}
