import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import type { BookFs } from './bookFs';
import { nodeBookFs } from './bookFs';
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
  /** The file's bytes, or `null` when there is no file (e.g. a new `--out` target). */
  bytes: Buffer | null;
  /** The hash of `bytes`, computed on first use (a 27 MB book takes ~0.1 s to hash). */
  readonly fingerprint: BookFingerprint;
  /**
   * The file's identity, size and times while it was read: the same before and after reading,
   * else `null` (it changed while being read, or there is no file). Lets the writer skip
   * reading and hashing the file again when nothing has touched it since.
   */
  stats: Stats | null;
}

/**
 * Reads a file once and fingerprints exactly the bytes read, so that the bytes the command works
 * on and the fingerprint checked before replacing the file can never disagree. A missing file is
 * `{ bytes: null, fingerprint: 'absent' }`; other read errors are thrown as they are.
 *
 * @example
 * const { bytes, fingerprint } = readBookFile('book.xlsx');
 */
export function readBookFile(path: string, fs: BookFs = nodeBookFs): ReadBookFile {
  let bytes: Buffer | null;
  let stats: Stats | null = null;
  try {
    const before = fs.statSync(path);
    bytes = fs.readFileSync(path);
    const after = fs.statSync(path);
    if (sameFileStats(before, after)) stats = after;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    bytes = null;
  }
  pauseForTest('read');
  let fingerprint: BookFingerprint | undefined;
  return {
    bytes,
    stats,
    get fingerprint() {
      return (fingerprint ??= fingerprintBytes(bytes));
    },
  };
}

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
