/**
 * `webpack --mode production` as `npm run build` runs it, into a temporary directory with
 * ADDIN_URL set: the pages keep their Content-Security-Policy, office.js loads before the
 * bundles, nothing the CSP forbids (eval, new Function) reached the output, the manifest points
 * at the hosting URL, and the task pane's initial JavaScript is measured (gzipped).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(__dirname, '..', '..');
const WEBPACK_CLI = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
const ADDIN_URL = 'https://addin.example.org/renewals/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

jest.setTimeout(180_000);

/** The page's CSP as directive → sources (the minifier may drop the attribute quotes). */
function contentSecurityPolicy(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]*)"|'([^']*)')/i.exec(html);
  if (meta == null) throw new Error('no Content-Security-Policy meta tag');
  const policy = meta[1] ?? meta[2];
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** Every `<script src>` of the page, in document order. */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((match) => match[1]);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe('npm run build (webpack --mode production)', () => {
  let out: string;
  let build: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'renewal-runs-build-'));
    build = spawnSync(process.execPath, [WEBPACK_CLI, '--mode', 'production', '--output-path', out], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_URL },
      encoding: 'utf8',
      timeout: 170_000,
    });
  });

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  function read(name: string): string {
    return readFileSync(join(out, name), 'utf8');
  }

  it('builds', () => {
    expect({ status: build.status, stderr: String(build.stderr) }).toEqual({ status: 0, stderr: expect.any(String) });
    expect(String(build.stdout)).toContain(`manifest.xml URLs → ${ADDIN_URL}`);
  });

  it.each(['taskpane.html', 'commands.html'])('gives %s a strict Content-Security-Policy before any script', (page) => {
    const html = read(page);
    const csp = contentSecurityPolicy(html);
    expect(html.search(/http-equiv=["']?Content-Security-Policy/i)).toBeLessThan(html.search(/<script/i));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    // No eval, no wildcard or scheme-only source, nothing over plain http, anywhere.
    for (const [directive, sources] of csp) {
      const loose = sources.filter((s) => s === "'unsafe-eval'" || s === '*' || /^https?:$/.test(s) || s.startsWith('http://'));
      expect({ directive, loose }).toEqual({ directive, loose: [] });
    }
    expect(csp.has('frame-ancestors')).toBe(false); // ignored in a meta tag
  });

  it.each(['taskpane.html', 'commands.html'])('loads office.js from the CDN before the bundles in %s', (page) => {
    const [first, ...bundles] = scriptSources(read(page));
    expect(first).toBe(OFFICE_JS);
    expect(bundles.length).toBeGreaterThan(0);
    for (const src of bundles) {
      expect(src).toMatch(/^[\w.-]+\.[0-9a-f]{10}\.js$/); // ours: relative, content-hashed
    }
  });

  it('puts nothing the CSP forbids into any output file', () => {
    const files = filesUnder(out);
    expect(files.length).toBeGreaterThan(8);
    const offenders = files.filter((file) => /\beval\(|new Function\(/.test(readFileSync(file, 'latin1')));
    expect(offenders).toEqual([]);
  });

  it('points the manifest at ADDIN_URL, with nothing left on localhost', () => {
    const manifest = read('manifest.xml');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`"${ADDIN_URL}taskpane.html"`);
    expect(manifest).toContain(`"${ADDIN_URL}commands.html"`);
    expect(manifest).toContain(`"${ADDIN_URL}assets/icon-80.png"`);
    expect(manifest).toContain(`<SupportUrl DefaultValue="${ADDIN_URL}support.html"/>`);
    expect(manifest).toContain('<DisplayName DefaultValue="Renewal Runs"/>');
    expect(read('support.html')).toContain('Renewal Runs — help and support');
  });

  it('refuses an ADDIN_URL that is not https, before building anything', () => {
    const refused = spawnSync(process.execPath, [WEBPACK_CLI, '--mode', 'production', '--output-path', join(out, 'refused')], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_URL: 'http://addin.example.org/' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr + refused.stdout).toContain('ADDIN_URL must be an https:// URL');
    expect(() => readdirSync(join(out, 'refused'))).toThrow();
  });

  it('copies the icons', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(readFileSync(join(out, 'assets', `icon-${size}.png`))).toEqual(readFileSync(join(ROOT, 'assets', `icon-${size}.png`)));
    }
  });

  it('reports the initial task-pane JavaScript, gzipped', () => {
    const bundles = scriptSources(read('taskpane.html')).filter((src) => !src.startsWith('https://'));
    const sizes = bundles.map((src) => ({ src, gzipped: gzipSync(readFileSync(join(out, src))).length }));
    const total = sizes.reduce((sum, { gzipped }) => sum + gzipped, 0);
    console.log(
      [
        `initial task-pane JavaScript: ${(total / 1024).toFixed(1)} KB gzipped`,
        ...sizes.map(({ src, gzipped }) => `  ${src}  ${(gzipped / 1024).toFixed(1)} KB`),
      ].join('\n'),
    );
    expect(total).toBeGreaterThan(0);
  });
});
