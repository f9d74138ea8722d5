/**
 * A tiny static file server for the task pane's standalone web mode (SPEC §7): serves dist/ on
 * 127.0.0.1 only, with correct content types, no directory listings and no path traversal.
 * No dependency beyond node:http.
 *
 *   npm run web                  build, then serve dist/ at http://127.0.0.1:3100/taskpane.html
 *   PORT=8080 node scripts/serveWeb.mjs [--root DIR]
 *
 * The end-to-end tests start it with PORT=0 (any free port) and read the URL it prints.
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 3100;

/** Content types by extension; anything else is served as application/octet-stream. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The content type for a file name. */
export function contentType(fileName) {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(`${text}\n`);
}

/** `child` is `root` itself or inside it (both already resolved). */
function inside(root, child) {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The file a request path names under `root`, or a status to answer: 400 for a malformed or
 * traversing path, 404 for nothing there (directories included: no listings), 403 for a
 * symbolic link leading out of root.
 */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { status: 400 };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) return { status: 400 };
  const file = resolve(root, `.${sep}${segments.filter((s) => s !== '' && s !== '.').join(sep)}`);
  if (!inside(root, file)) return { status: 400 };
  let info;
  try {
    info = await stat(file);
  } catch {
    return { status: 404 };
  }
  if (!info.isFile()) return { status: 404 };
  const real = await realpath(file);
  if (!inside(root, real)) return { status: 403 };
  return { file, size: info.size };
}

/**
 * Starts serving `root` on 127.0.0.1:`port` (0: any free port).
 *
 * @returns {Promise<{ url: string, port: number, address: string, close: () => Promise<void> }>}
 *   `url` is the server's base URL, ending in "/".
 */
export async function startServer({ root, port = DEFAULT_PORT }) {
  const realRoot = await realpath(resolve(root));
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(res, 405, 'Method Not Allowed');
      return;
    }
    const path = (req.url ?? '/').split(/[?#]/)[0];
    const urlPath = path === '/' ? '/taskpane.html' : path;
    resolveFile(realRoot, urlPath).then(
      (found) => {
        if (found.status !== undefined) {
          send(res, found.status, { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found' }[found.status]);
          return;
        }
        res.writeHead(200, {
          'Content-Type': contentType(found.file),
          'Content-Length': found.size,
          'Cache-Control': 'no-cache',
          'X-Content-Type-Options': 'nosniff',
        });
        if (req.method === 'HEAD') {
          res.end();
          return;
        }
        createReadStream(found.file)
          .on('error', () => res.destroy())
          .pipe(res);
      },
      () => send(res, 500, 'Internal Server Error'),
    );
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address();
  const url = `http://${HOST}:${address.port}/`;
  return {
    url,
    port: address.port,
    address: address.address,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

/** `--root DIR` from argv, else dist/ beside this script's folder. */
function rootFromArgs(argv) {
  const at = argv.indexOf('--root');
  if (at !== -1 && argv[at + 1]) return resolve(argv[at + 1]);
  return fileURLToPath(new URL('../dist/', import.meta.url));
}

async function main() {
  const root = rootFromArgs(process.argv.slice(2));
  const port = process.env.PORT === undefined || process.env.PORT === '' ? DEFAULT_PORT : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serveWeb: PORT must be a port number (0–65535), not ${JSON.stringify(process.env.PORT)}`);
    process.exit(2);
  }
  try {
    await stat(resolve(root, 'taskpane.html'));
  } catch {
    console.error(`serveWeb: ${resolve(root, 'taskpane.html')} not found; run npm run build first`);
    process.exit(1);
  }
  const { url, close } = await startServer({ root, port });
  console.log(`Renewal Runs (standalone web mode): ${url}taskpane.html`);
  const stop = () => {
    void close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
