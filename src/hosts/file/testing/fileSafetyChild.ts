/**
 * Test support: the file-safety modules compiled to plain CommonJS (with @swc/core, as jest
 * does) and a small child script that uses them the way a writing command will, so tests can
 * run real processes — several at once, or SIGKILLed at a pause step.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from '@swc/core';

const SOURCE = join(__dirname, '..');
const ROOT = join(SOURCE, '..', '..', '..');

let compiled: string | undefined;

/**
 * The child script. `node child.js BOOK ACTION ARG`: takes the lock (WAIT, STALE seconds), cleans
 * leftovers, reads the book, and replaces it (with .bak) — ACTION `replace` with the bytes of the
 * file ARG; `append` with ARG as a new line after holding HOLD_MS; `exit` calls process.exit(3)
 * inside the lock; `hold` waits (asynchronously) until killed. NO_LOCK=1 skips the lock.
 */
const CHILD = `
const fs = require('node:fs');
const m = (name) => require(__dirname + '/' + name + '.js');
const { withBookLock } = m('withBookLock');
const { cleanLeftovers } = m('cleanLeftovers');
const { readBookFile } = m('bookFingerprint');
const { replaceBookFile } = m('replaceBookFile');
const [book, action, arg] = process.argv.slice(2);
const work = async (lock) => {
  for (const removed of cleanLeftovers(book)) console.log('removed: ' + removed);
  const read = readBookFile(book);
  if (action === 'exit') process.exit(3);
  if (action === 'hold') { console.log('holding'); await new Promise((r) => setTimeout(r, 600000)); }
  let next;
  if (action === 'replace') next = fs.readFileSync(arg);
  if (action === 'append') {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.env.HOLD_MS || 0));
    next = Buffer.concat([read.source ? read.source.read(0, read.source.length) : Buffer.alloc(0), Buffer.from(arg + '\\n')]);
  }
  replaceBookFile(book, next, { read, backup: true, lock });
};
const options = { waitSeconds: Number(process.env.WAIT || 10), staleSeconds: Number(process.env.STALE || 2), onNotice: (t) => console.log('notice: ' + t) };
(process.env.NO_LOCK ? work(undefined) : withBookLock(book, options, work))
  .then(() => console.log('done'))
  .catch((e) => { console.log('refused: ' + (e.code || 'ERROR') + ': ' + e.message); process.exitCode = 1; });
`;

/** Compiles the modules (once per test file) and returns the path of the child script. */
export function fileSafetyChild(): string {
  if (compiled) return compiled;
  // src/hosts/file/*.ts into <tmp>/file/, with src/hosts/refusal.ts and the package's byte
  // sources (a book is read from the open file) where they import them.
  const out = join(mkdtempSync(join(tmpdir(), 'rr-child-')), 'file');
  mkdirSync(join(out, 'package'), { recursive: true });
  const sources = readdirSync(SOURCE)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => [join(SOURCE, f), join(out, f)])
    .concat([
      [join(SOURCE, '..', 'refusal.ts'), join(out, '..', 'refusal.ts')],
      [join(SOURCE, 'package', 'byteSource.ts'), join(out, 'package', 'byteSource.ts')],
    ]);
  for (const [from, to] of sources) {
    const { code } = transformSync(readFileSync(from, 'utf8'), {
      filename: from,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    writeFileSync(to.replace(/\.ts$/, '.js'), code);
  }
  writeFileSync(join(out, 'child.js'), CHILD);
  compiled = join(out, 'child.js');
  return compiled;
}

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the child to its end. */
export function runChild(args: string[], env: Record<string, string> = {}): Promise<ChildResult> {
  return startChild(args, env).done;
}

/** Starts the child; `done` settles when it exits. */
export function startChild(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [fileSafetyChild(), ...args], {
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<ChildResult>((resolveDone) => child.once('close', (code, signal) => resolveDone({ code, signal, stdout, stderr })));
  return { child, done, output: () => stdout };
}

/** Waits until `test()` holds, polling; fails after `timeoutMs`. */
export async function waitUntil(test: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
