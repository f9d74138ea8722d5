import { existsSync, mkdirSync, mkdtempSync, rmdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Refusal } from '../refusal';
import { withBookLock } from './withBookLock';

const book = () => join(mkdtempSync(join(tmpdir(), 'rr-lock-')), 'book.xlsx');

async function refusalOf(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof Refusal) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('withBookLock', () => {
  it('holds <book>.lock beside the book while the work runs, and releases it after', async () => {
    const path = book();
    const result = await withBookLock(path, {}, (lock) => {
      expect(lock.lockPath).toBe(`${path}.lock`);
      expect(existsSync(`${path}.lock`)).toBe(true);
      lock.assertHeld();
      return 42;
    });
    expect(result).toBe(42);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('releases the lock when the work fails', async () => {
    const path = book();
    await expect(withBookLock(path, {}, async () => Promise.reject(new Error('bug')))).rejects.toThrow('bug');
    await expect(
      withBookLock(path, {}, () => {
        throw new Refusal('CHANGED_UNDERNEATH', 'x');
      }),
    ).rejects.toThrow(Refusal);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('lets a second command wait, then work on the first one’s result', async () => {
    const path = book();
    const order: string[] = [];
    let releaseFirst!: () => void;
    const first = withBookLock(path, {}, async () => {
      order.push('first starts');
      await new Promise<void>((r) => (releaseFirst = r));
      order.push('first ends');
    });
    await new Promise((r) => setTimeout(r, 50));
    const second = withBookLock(path, { waitSeconds: 5 }, () => order.push('second'));
    await new Promise((r) => setTimeout(r, 200));
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second']);
  });

  it('refuses after the wait, saying since when the other process holds it', async () => {
    const path = book();
    let releaseFirst!: () => void;
    const first = withBookLock(path, {}, () => new Promise<void>((r) => (releaseFirst = r)));
    await new Promise((r) => setTimeout(r, 50));
    let ran = false;
    const started = Date.now();
    const refusal = await refusalOf(withBookLock(path, { waitSeconds: 0.5 }, () => (ran = true)));
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect(ran).toBe(false);
    expect(refusal.code).toBe('LOCKED');
    expect(refusal.message).toMatch(
      new RegExp(
        `^${path.replace(/[.\\]/g, '\\$&')} is being changed by another renewal-runs process since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d; waited 0.5 s`,
      ),
    );
    releaseFirst();
    await first;
  });

  it('takes over a lock whose holder stopped refreshing it, saying so', async () => {
    const path = book();
    mkdirSync(`${path}.lock`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, old, old);
    const notices: string[] = [];
    await withBookLock(path, { staleSeconds: 20, onNotice: (m) => notices.push(m) }, () => undefined);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Took over the lock on .*book\.xlsx left by a renewal-runs process that stopped without releasing it \(locked since /);
  });

  it('does not take over a fresh lock', async () => {
    const path = book();
    mkdirSync(`${path}.lock`);
    expect((await refusalOf(withBookLock(path, { waitSeconds: 0.2, staleSeconds: 20 }, () => undefined))).code).toBe('LOCKED');
    expect(existsSync(`${path}.lock`)).toBe(true);
  });

  it('says the lock was lost when another process removed it meanwhile', async () => {
    const path = book();
    await withBookLock(path, {}, (lock) => {
      rmdirSync(lock.lockPath);
      expect(() => lock.assertHeld()).toThrow('another process took over the lock while renewal-runs was working; nothing written');
    });
  });

  it('locks a book that does not exist yet (an --out target) without creating it', async () => {
    const path = book();
    await withBookLock(path, {}, () => expect(existsSync(path)).toBe(false));
  });

  it('leaves a missing folder to the caller (ENOENT, as the load would report it)', async () => {
    const path = join(tmpdir(), 'rr-no-such-folder', 'x', 'book.xlsx');
    await expect(withBookLock(path, {}, () => undefined)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
