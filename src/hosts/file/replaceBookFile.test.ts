import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ABSENT, readBookFile } from './bookFingerprint';
import type { BookFs } from './bookFs';
import { bookFsWith } from './bookFs';
import { Refusal } from '../refusal';
import { replaceBookFile } from './replaceBookFile';
import { FileSource } from './fileSource';

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

function bookIn(dir = mkdtempSync(join(tmpdir(), 'rr-replace-')), content = 'old bytes') {
  const path = join(dir, 'book.xlsx');
  writeFileSync(path, content);
  return { dir, path, read: readBookFile(path) };
}

function refusalOf(action: () => void): Refusal {
  try {
    action();
  } catch (e) {
    if (e instanceof Refusal) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('replaceBookFile', () => {
  it('replaces the file, keeps the old one as .bak when asked, and leaves nothing else', () => {
    const { dir, path, read } = bookIn();
    replaceBookFile(path, Buffer.from('new bytes'), { read, backup: true });
    expect(readFileSync(path, 'utf8')).toBe('new bytes');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('old bytes');
    expect(readdirSync(dir).sort()).toEqual(['book.xlsx', 'book.xlsx.bak']);
  });

  it('writes no .bak unless asked (an --out target)', () => {
    const { dir, path, read } = bookIn();
    replaceBookFile(path, Buffer.from('new'), { read });
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
  });

  it('creates a file that did not exist, and writes no .bak for it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-replace-'));
    replaceBookFile(join(dir, 'out.xlsx'), Buffer.from('new'), { read: ABSENT, backup: true });
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it("keeps the book's permissions", () => {
    const { path, read: first } = bookIn();
    first.source?.close();
    chmodSync(path, 0o664);
    const read = readBookFile(path);
    replaceBookFile(path, Buffer.from('new'), { read });
    expect(statSync(path).mode & 0o777).toBe(0o664);
  });

  it.each([
    ['rewritten', (path: string) => writeFileSync(path, 'saved by Excel')],
    ['deleted', (path: string) => unlinkSync(path)],
  ])('refuses when the file was %s since it was read, and leaves that change intact', (_how, change) => {
    const { dir, path, read } = bookIn();
    change(path);
    const after = existsSync(path) ? readFileSync(path) : null;
    const refusal = refusalOf(() => replaceBookFile(path, Buffer.from('new'), { read, backup: true }));
    expect(refusal.code).toBe('CHANGED_UNDERNEATH');
    expect(refusal.message).toBe(`${path} changed while renewal-runs was working; nothing written (run the command again on the new file)`);
    expect(existsSync(path) ? readFileSync(path) : null).toEqual(after);
    expect(readdirSync(dir).filter((f) => f !== 'book.xlsx')).toEqual([]);
  });

  it('refuses when a file appeared where there was none', () => {
    const { path } = bookIn();
    expect(refusalOf(() => replaceBookFile(path, Buffer.from('new'), { read: ABSENT })).code).toBe('CHANGED_UNDERNEATH');
    expect(readFileSync(path, 'utf8')).toBe('old bytes');
  });

  it('refuses when the file changes while the backup is written (checked again just before the rename)', () => {
    const { dir, path, read } = bookIn();
    const fs = bookFsWith({
      renameSync: (from, to) => {
        if (to.endsWith('.bak')) writeFileSync(path, 'saved meanwhile');
        return renameSync(from, to);
      },
    });
    expect(refusalOf(() => replaceBookFile(path, Buffer.from('new'), { read, backup: true, fs })).code).toBe('CHANGED_UNDERNEATH');
    expect(readFileSync(path, 'utf8')).toBe('saved meanwhile');
    expect(readdirSync(dir).sort()).toEqual(['book.xlsx', 'book.xlsx.bak']);
  });

  it('refuses, leaving no .bak, when the book is written into while the .bak is copied from it', () => {
    const { dir, path, read } = bookIn();
    let copying = false;
    const fs = bookFsWith({
      openSync: (file, flags, mode) => ((copying = file.includes('.bak.')), openSync(file, flags, mode)),
      writeSync: (fd, buffer, offset, length) => {
        if (copying) writeFileSync(path, 'old bytes, saved again'); // into the book, mid-copy
        copying = false;
        return writeSync(fd, buffer, offset, length);
      },
    });
    expect(refusalOf(() => replaceBookFile(path, Buffer.from('new'), { read, backup: true, fs })).code).toBe('CHANGED_UNDERNEATH');
    expect(readFileSync(path, 'utf8')).toBe('old bytes, saved again');
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
  });

  it('copies ranges of an open file a step at a time, byte for byte, and closes that file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-replace-'));
    const input = join(dir, 'input.bin');
    const content = Buffer.from(Array.from({ length: 2_500_000 }, (_, i) => (i * 7919) % 256));
    writeFileSync(input, content);
    const source = FileSource.open(input)!;
    const path = join(dir, 'out.xlsx');
    replaceBookFile(path, [Buffer.from('head'), { source, start: 5, length: 2_400_000 }, { source, start: 0, length: 3 }], { read: ABSENT });
    expect(readFileSync(path).equals(Buffer.concat([Buffer.from('head'), content.subarray(5, 2_400_005), content.subarray(0, 3)]))).toBe(true);
    expect(source.unchanged()).toBe(false); // closed
  });

  it('neither reads nor hashes the file again when its stats are what the command read', () => {
    const { dir, path, read } = bookIn();
    const reads: string[] = [];
    const fs = bookFsWith({ readFileSync: (p) => (reads.push(p), readFileSync(p)) });
    replaceBookFile(path, Buffer.from('new'), { read, backup: true, fs });
    expect(reads).toEqual([]);
    expect(readFileSync(join(dir, 'book.xlsx.bak'), 'utf8')).toBe('old bytes');
  });

  it('writes when another file with the same bytes was renamed over it (their hashes decide), and backs up what is there', () => {
    const { dir, path, read } = bookIn();
    writeFileSync(join(dir, 'saved'), 'old bytes'); // saved again by a program that writes a new file and renames it
    renameSync(join(dir, 'saved'), path);
    replaceBookFile(path, Buffer.from('new'), { read, backup: true });
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readFileSync(join(dir, 'book.xlsx.bak'), 'utf8')).toBe('old bytes');
  });

  it('refuses when the file it read was written into, even with the same bytes (what was read can no longer be proven)', () => {
    const { dir, path, read } = bookIn();
    writeFileSync(path, 'old bytes'); // rewritten in place: new ctime, same bytes
    expect(refusalOf(() => replaceBookFile(path, Buffer.from('new'), { read, backup: true })).code).toBe('CHANGED_UNDERNEATH');
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
  });

  it('writes pieces one after another as one file', () => {
    const { path, read } = bookIn();
    replaceBookFile(path, [Buffer.from('new '), Buffer.alloc(0), Buffer.from('bytes')], { read });
    expect(readFileSync(path, 'utf8')).toBe('new bytes');
  });

  it('writes nothing when the lock was lost', () => {
    const { dir, path, read } = bookIn();
    const lock = {
      assertHeld: () => {
        throw new Refusal('LOCKED', 'lost');
      },
    };
    expect(refusalOf(() => replaceBookFile(path, Buffer.from('new'), { read, lock })).code).toBe('LOCKED');
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
    expect(readFileSync(path, 'utf8')).toBe('old bytes');
  });

  // Injected: a root test process is never denied by permission bits; ENOSPC/EPERM also run for real below.
  it.each<[string, Partial<BookFs>, string]>([
    [
      'EACCES on rename',
      {
        renameSync: () => {
          throw errno('EACCES');
        },
      },
      'NOT_PERMITTED',
    ],
    [
      'EACCES creating the temporary file',
      {
        openSync: () => {
          throw errno('EACCES');
        },
      },
      'NOT_PERMITTED',
    ],
    [
      'EPERM on rename',
      {
        renameSync: () => {
          throw errno('EPERM');
        },
      },
      'NOT_PERMITTED',
    ],
    [
      'EBUSY on rename',
      {
        renameSync: () => {
          throw errno('EBUSY');
        },
      },
      'BUSY',
    ],
    [
      'ENOSPC while writing',
      {
        writeSync: () => {
          throw errno('ENOSPC');
        },
      },
      'NO_SPACE',
    ],
    [
      'EDQUOT on fsync',
      {
        fsyncSync: () => {
          throw errno('EDQUOT');
        },
      },
      'NO_SPACE',
    ],
  ])('refuses on %s, the original untouched and no temporary file left', (_label, overrides, code) => {
    const { dir, path, read } = bookIn();
    const refusal = refusalOf(() => replaceBookFile(path, Buffer.from('new'), { read, backup: true, fs: bookFsWith(overrides) }));
    expect(refusal.code).toBe(code);
    expect(readFileSync(path, 'utf8')).toBe('old bytes');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves no temporary file when writing the .bak fails', () => {
    const { dir, path, read } = bookIn();
    let writes = 0;
    const fs = bookFsWith({
      writeSync: (fd, buffer, offset, length) => {
        if (++writes > 1) throw errno('ENOSPC');
        return writeSync(fd, buffer, offset, length);
      },
    });
    expect(refusalOf(() => replaceBookFile(path, Buffer.from('new'), { read, backup: true, fs })).code).toBe('NO_SPACE');
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
  });

  it('rethrows an error that is not the user’s to fix, still cleaning up', () => {
    const { dir, path, read } = bookIn();
    const fs = bookFsWith({
      renameSync: () => {
        throw errno('EIO');
      },
    });
    expect(() => replaceBookFile(path, Buffer.from('new'), { read, fs })).toThrow('EIO: injected');
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
  });
});

/** Runs a command as root would; `false` when it is not available here. */
function tryRun(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('replaceBookFile on a real full disk (64 KiB tmpfs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rr-full-'));
  let mounted = false;
  beforeAll(() => {
    mounted = tryRun('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
    if (!mounted) console.warn('tmpfs could not be mounted (needs root): ENOSPC is covered by the injected-error test only');
  });
  afterAll(() => {
    if (mounted) tryRun('umount', [dir]);
  });

  it('refuses with ENOSPC, the original untouched and no temporary file left', () => {
    if (!mounted) return;
    const { path, read } = bookIn(dir, 'o'.repeat(36 * 1024));
    const refusal = refusalOf(() => replaceBookFile(path, Buffer.alloc(48 * 1024, 'n'), { read, backup: true }));
    expect(refusal.code).toBe('NO_SPACE');
    expect(refusal.message).toContain('the disk is full (ENOSPC)');
    expect(readFileSync(path, 'utf8')).toBe('o'.repeat(36 * 1024));
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
  });
});

describe('replaceBookFile on a real immutable file (chattr +i)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rr-immutable-'));
  const path = join(dir, 'book.xlsx');
  let immutable = false;
  beforeAll(() => {
    writeFileSync(path, 'old bytes');
    immutable = tryRun('chattr', ['+i', path]);
    if (!immutable) console.warn('chattr +i is not available here: EPERM is covered by the injected-error test only');
  });
  afterAll(() => {
    if (immutable) tryRun('chattr', ['-i', path]);
  });

  it('refuses with EPERM, the original untouched and no temporary file left', () => {
    if (!immutable) return;
    const read = readBookFile(path);
    const refusal = refusalOf(() => replaceBookFile(path, Buffer.from('new'), { read }));
    expect(refusal.code).toBe('NOT_PERMITTED');
    expect(refusal.message).toContain('(EPERM)');
    expect(readFileSync(path, 'utf8')).toBe('old bytes');
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
  });
});
