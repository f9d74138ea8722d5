/**
 * What the built CLI loads before it knows its command (npm test builds lib/ first): the PDF,
 * font, XML and mail libraries only load for the commands that use them (deliver, run-due with
 * delivery, export of a bank file), so `preview` and `post` do not pay for them at start-up.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const MAIN = join(__dirname, '..', '..', 'lib', 'src', 'cli', 'main.js');

/** The node_modules packages loaded by requiring the CLI's entry module. */
function packagesLoadedAtStart(): string[] {
  const script = `require(${JSON.stringify(MAIN)}); console.log(JSON.stringify(Object.keys(require.cache)));`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  const files = JSON.parse(result.stdout) as string[];
  return [...new Set(files.map((f) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(f)?.[1]).filter((p): p is string => p !== undefined))];
}

describe('the CLI at start-up', () => {
  it('loads its own code but not pdf-lib, fontkit, xmlbuilder2 or nodemailer, when no command has run', () => {
    const loaded = packagesLoadedAtStart();
    expect(loaded).toContain('fflate');
    for (const heavy of ['pdf-lib', '@pdf-lib/fontkit', 'xmlbuilder2', 'nodemailer']) expect(loaded).not.toContain(heavy);
  });
});
