import { createHash } from 'node:crypto';
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
  fingerprint: BookFingerprint;
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
  try {
    bytes = fs.readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    bytes = null;
  }
  pauseForTest('read');
  return { bytes, fingerprint: fingerprintBytes(bytes) };
}
