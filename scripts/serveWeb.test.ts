/**
 * scripts/serveWeb.mjs, run as `npm run web` runs it (a child process, PORT=0) on a temporary
 * root: serves files with their content types, 404s what is missing and directories (no
 * listings), refuses path traversal, and listens on 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, 'serveWeb.mjs');

jest.setTimeout(30_000);

/** A raw GET, with the path sent exactly as given (fetch would normalise "/../"). */
function get(base: URL, path: string): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: base.hostname, port: base.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('scripts/serveWeb.mjs', () => {
  let root: string;
  let outside: string;
  let child: ChildProcess;
  let base: URL;
  let printed: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'renewal-runs-serve-'));
    root = join(dir, 'dist');
    outside = join(dir, 'secret.txt');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'taskpane.html'), '<!doctype html><title>pane</title>');
    writeFileSync(join(root, 'taskpane.0123456789.js'), 'console.log(1);');
    writeFileSync(join(root, 'assets', 'icon-16.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(root, 'manifest.xml'), '<x/>');
    writeFileSync(outside, 'top secret');
    symlinkSync(outside, join(root, 'leak.txt'));
    child = spawn(process.execPath, [SCRIPT, '--root', root], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    printed = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.setEncoding('utf8');
      child.stdout!.on('data', (chunk: string) => {
        out += chunk;
        if (out.includes('\n')) resolve(out);
      });
      child.once('exit', (code) => reject(new Error(`serveWeb exited with ${code}`)));
    });
    const url = /http:\/\/\S+/.exec(printed);
    if (!url) throw new Error(`no URL printed: ${printed}`);
    base = new URL(url[0]);
  });

  afterAll(() => {
    child?.kill('SIGTERM');
    rmSync(join(root, '..'), { recursive: true, force: true });
  });

  it('prints the task pane URL on 127.0.0.1', () => {
    expect(printed).toMatch(/http:\/\/127\.0\.0\.1:\d+\/taskpane\.html/);
    expect(base.hostname).toBe('127.0.0.1');
    expect(Number(base.port)).toBeGreaterThan(0);
  });

  it.each([
    ['/taskpane.html', 'text/html; charset=utf-8', '<!doctype html><title>pane</title>'],
    ['/', 'text/html; charset=utf-8', '<!doctype html><title>pane</title>'],
    ['/taskpane.0123456789.js?v=1', 'text/javascript; charset=utf-8', 'console.log(1);'],
    ['/manifest.xml', 'application/xml; charset=utf-8', '<x/>'],
  ])('serves %s as %s', async (path, type, body) => {
    expect(await get(base, path)).toEqual({ status: 200, type, body });
  });

  it('serves images with their type', async () => {
    expect((await get(base, '/assets/icon-16.png')).type).toBe('image/png');
  });

  it('answers 404 for a missing file and for a directory (no listing)', async () => {
    expect((await get(base, '/nope.js')).status).toBe(404);
    const dir = await get(base, '/assets/');
    expect(dir.status).toBe(404);
    expect(dir.body).not.toContain('icon-16.png');
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt', '/%00'])(
    'refuses the traversal %s',
    async (path) => {
      const res = await get(base, path);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.body).not.toContain('top secret');
    },
  );

  it('does not follow a symbolic link out of the root', async () => {
    const res = await get(base, '/leak.txt');
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('top secret');
  });

  it('listens on 127.0.0.1 only', async () => {
    const port = Number(base.port);
    expect(await canConnect('127.0.0.1', port)).toBe(true);
    expect(await canConnect('::1', port)).toBe(false);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((ni) => ni != null && !ni.internal && ni.family === 'IPv4')
      .map((ni) => ni!.address);
    for (const address of external) expect({ address, open: await canConnect(address, port) }).toEqual({ address, open: false });
  });
});
