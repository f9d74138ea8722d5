import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bookFsWith } from './bookFs';
import { cleanLeftovers, isProcessAlive } from './cleanLeftovers';

/** The pid of a process that has ended (signal 0 to it gives ESRCH). */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  return Number(pid);
}

describe('cleanLeftovers', () => {
  it("removes a dead writer's temporary files of this book and says which", () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-clean-'));
    const dead = deadPid();
    expect(isProcessAlive(dead)).toBe(false);
    const keep = ['book.xlsx', 'book.xlsx.bak', `.other.xlsx.${dead}.tmp`, `.book.xlsx.${process.pid}.tmp`, `.book.xlsx.${process.ppid}.tmp`, 'notes.tmp'];
    for (const f of [...keep, `.book.xlsx.${dead}.tmp`, `.book.xlsx.bak.${dead}.tmp`]) writeFileSync(join(dir, f), 'x');
    const removed = cleanLeftovers(join(dir, 'book.xlsx'));
    expect(removed.sort()).toEqual([join(dir, `.book.xlsx.${dead}.tmp`), join(dir, `.book.xlsx.bak.${dead}.tmp`)].sort());
    expect(readdirSync(dir).sort()).toEqual(keep.sort());
  });

  it('asks whether the writer is alive', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-clean-'));
    writeFileSync(join(dir, '.book.xlsx.111.tmp'), 'x');
    writeFileSync(join(dir, '.book.xlsx.222.tmp'), 'x');
    expect(cleanLeftovers(join(dir, 'book.xlsx'), { isAlive: (pid) => pid === 222 })).toEqual([join(dir, '.book.xlsx.111.tmp')]);
    expect(existsSync(join(dir, '.book.xlsx.222.tmp'))).toBe(true);
  });

  it('skips a file it cannot remove and a folder that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-clean-'));
    writeFileSync(join(dir, '.book.xlsx.111.tmp'), 'x');
    const fs = bookFsWith({
      unlinkSync: () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      },
    });
    expect(cleanLeftovers(join(dir, 'book.xlsx'), { isAlive: () => false, fs })).toEqual([]);
    expect(cleanLeftovers(join(dir, 'none', 'book.xlsx'))).toEqual([]);
  });
});

describe('isProcessAlive', () => {
  it('knows this process is alive', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
  });
});
