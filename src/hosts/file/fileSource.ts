import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { Refusal } from '../refusal';
import type { BookFs } from './bookFs';
import { nodeBookFs } from './bookFs';
import { chunksOf, type ByteSource } from './package/byteSource';

/**
 * A workbook file held open and read when its bytes are needed (Node), instead of read whole
 * at once: a command works on a 271 MB book without holding the 271 MB — its zip directory is
 * read when it is opened, the sheets it reads as they are inflated, the parts it leaves alone
 * only when they are copied to the new file.
 *
 * The bytes are the ones the file held when it was opened, as long as nobody writes into it:
 * {@link unchanged} says whether that still holds (same inode, size, modification and change
 * time as at opening — the change time moves on every write). A replacing rename by another
 * program does not matter (the open file is the old one); a write into the file itself does, and
 * whoever writes what was read checks {@link unchanged} after the last read (SPEC §8 "Changed
 * underneath"). A read that finds fewer bytes than the file had (it was cut short) is refused
 * the same way.
 *
 * @example
 * const source = FileSource.open('book.xlsx');
 * source?.read(0, 4) // → the zip signature PK\x03\x04
 */
export class FileSource implements ByteSource {
  private fd: number | null;
  readonly length: number;

  private constructor(
    readonly path: string,
    fd: number,
    /** The file as it was opened (`fstat`). */
    readonly stats: Stats,
    private readonly fs: BookFs,
  ) {
    this.fd = fd;
    this.length = stats.size;
  }

  /** Opens `path` for reading; `null` when there is no file. Other errors (EACCES; EISDIR for a folder) are thrown as they are. */
  static open(path: string, fs: BookFs = nodeBookFs): FileSource | null {
    let fd: number;
    try {
      fd = fs.openSync(path, 'r');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    try {
      const stats = fs.fstatSync(fd);
      // Linux opens a folder for reading; reading it fails later (as readFileSync fails at once).
      if (stats.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${path}'`), { code: 'EISDIR' });
      return new FileSource(path, fd, stats, fs);
    } catch (e) {
      fs.closeSync(fd);
      throw e;
    }
  }

  read(start: number, end: number, into?: Uint8Array): Uint8Array {
    if (this.fd === null) throw new Error(`${this.path} was read after it was closed`);
    const out = into ? into.subarray(0, end - start) : Buffer.allocUnsafe(end - start);
    let at = 0;
    while (at < out.length) {
      const got = this.fs.readSync(this.fd, out, at, out.length - at, start + at);
      if (got === 0) throw changedUnderneath(this.path);
      at += got;
    }
    return out;
  }

  /**
   * Whether the open file is still exactly what it was when opened (nobody wrote into it since):
   * the same size, modification and change time. The change time also moves when the file
   * loses its name (another file renamed over it, or it was deleted), which writes nothing:
   * with its link count changed, the size and modification time decide.
   */
  unchanged(): boolean {
    if (this.fd === null) return false;
    const now = this.fs.fstatSync(this.fd);
    const was = this.stats;
    const sameChange = now.ctimeMs === was.ctimeMs || now.nlink !== was.nlink;
    return now.dev === was.dev && now.ino === was.ino && now.size === was.size && now.mtimeMs === was.mtimeMs && sameChange;
  }

  /** The SHA-256 of the file's bytes (`sha256:<hex>`, as `fingerprintBytes`), read a step at a time. */
  sha256(): string {
    const hash = createHash('sha256');
    for (const chunk of chunksOf({ source: this, start: 0, length: this.length })) hash.update(chunk);
    return `sha256:${hash.digest('hex')}`;
  }

  /** Lets the file go; reading it afterwards is a bug. Closing twice does nothing. */
  close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    this.fs.closeSync(fd);
  }
}

/**
 * The refusal of a command whose book changed while it worked (SPEC §8 "Changed underneath"):
 * nothing is written, the other change is left as it is.
 *
 * @example
 * changedUnderneath('book.xlsx').code // → 'CHANGED_UNDERNEATH'
 */
export function changedUnderneath(path: string): Refusal {
  return new Refusal('CHANGED_UNDERNEATH', `${path} changed while renewal-runs was working; nothing written (run the command again on the new file)`);
}
