import * as nodeFs from 'node:fs';

/**
 * The synchronous file-system calls the file-safety modules make. Tests replace single calls to
 * inject errors a root test process cannot provoke for real (EACCES: root ignores permission
 * bits); production code always uses {@link nodeBookFs}.
 */
export interface BookFs {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  fstatSync(fd: number): nodeFs.Stats;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  chmodSync(path: string, mode: number): void;
  unlinkSync(path: string): void;
  readFileSync(path: string): Buffer;
  statSync(path: string): nodeFs.Stats;
  readdirSync(path: string): string[];
}

/** The real file system. */
export const nodeBookFs: BookFs = {
  openSync: (path, flags, mode) => nodeFs.openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length) => nodeFs.writeSync(fd, buffer, offset, length),
  readSync: (fd, buffer, offset, length, position) => nodeFs.readSync(fd, buffer, offset, length, position),
  fstatSync: (fd) => nodeFs.fstatSync(fd),
  fsyncSync: (fd) => nodeFs.fsyncSync(fd),
  closeSync: (fd) => nodeFs.closeSync(fd),
  renameSync: (from, to) => nodeFs.renameSync(from, to),
  chmodSync: (path, mode) => nodeFs.chmodSync(path, mode),
  unlinkSync: (path) => nodeFs.unlinkSync(path),
  readFileSync: (path) => nodeFs.readFileSync(path),
  statSync: (path) => nodeFs.statSync(path),
  readdirSync: (path) => nodeFs.readdirSync(path),
};

/**
 * The real file system with some calls replaced — for tests.
 *
 * @example
 * const fs = bookFsWith({ renameSync: () => { throw Object.assign(new Error('denied'), { code: 'EACCES' }); } });
 */
export function bookFsWith(overrides: Partial<BookFs>): BookFs {
  return { ...nodeBookFs, ...overrides };
}
