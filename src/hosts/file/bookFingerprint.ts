import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import type { BookFs } from './bookFs';
import { nodeBookFs } from './bookFs';
import { FileSource } from './fileSource';
import { pauseForTest } from './pauseForTest';

/** A hash of a file's exact bytes (`sha256:<hex>`), or `absent` when there was no file. */
export type BookFingerprint = string;

/** The fingerprint of a path where no file exists. */
export const ABSENT: BookFingerprint = 'absent';

/**
 * The fingerprint of these bytes (`null`: no file).
 *
 * @example
 * fingerprintBytes(Buffer.from('abc')); // 'sha256:ba7816bf…'
 */
export function fingerprintBytes(bytes: Uint8Array | null): BookFingerprint {
  if (bytes === null) return ABSENT;
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export interface ReadBookFile {
  /**
   * The file, open and read when its bytes are needed ({@link FileSource}), or `null` when there
   * is no file (e.g. a new `--out` target). Whoever opened it closes it.
   */
  source: FileSource | null;
  /**
   * The hash of the file's bytes as opened, computed on first use from the open file (a 27 MB
   * book takes ~0.1 s to hash) — `changed` when someone has written into it since, so that it
   * equals no file's fingerprint.
   */
  readonly fingerprint: BookFingerprint;
  /**
   * The file's identity, size and times as it was opened, when the path still named that very
   * file just after; else `null` (or there is no file). Lets the writer skip reading and hashing
   * the file again when nothing has touched it since.
   */
  stats: Stats | null;
}

/**
 * Opens a file once, to be read when needed, and fingerprints exactly the bytes it held when
 * opened, so that the bytes the command works on and the fingerprint checked before replacing
 * the file can never disagree. A missing file is `{ source: null, fingerprint: 'absent' }`;
 * other errors are thrown as they are.
 *
 * @example
 * const { source, fingerprint } = readBookFile('book.xlsx');
 */
export function readBookFile(path: string, fs: BookFs = nodeBookFs): ReadBookFile {
  const source = FileSource.open(path, fs);
  let stats: Stats | null = null;
  if (source !== null) {
    try {
      if (sameFileStats(source.stats, fs.statSync(path))) stats = source.stats;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        source.close();
        throw e;
      }
    }
  }
  pauseForTest('read');
  let fingerprint: BookFingerprint | undefined;
  return {
    source,
    stats,
    get fingerprint() {
      if (source === null) return ABSENT;
      return (fingerprint ??= source.unchanged() ? source.sha256() : CHANGED);
    },
  };
}

/** The fingerprint of a file that was written into after it was opened: equal to no file's. */
const CHANGED: BookFingerprint = 'changed';

/**
 * Whether two `stat`s describe the same, untouched file: same inode, size, modification and
 * change time. The change time (`ctime`) cannot be set by a program (unlike `mtime`), and every
 * write or rename moves it, so equal stats mean no one wrote the file in between.
 *
 * @example
 * sameFileStats(statSync('book.xlsx'), statSync('book.xlsx')) // → true
 */
export function sameFileStats(a: Stats | null, b: Stats | null): boolean {
  if (a === null || b === null) return a === b;
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}
