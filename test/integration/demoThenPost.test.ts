import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './runCliInProcess';

describe('renewal-runs demo, then post', () => {
  it('posts the demo preview as written, when the preview was planned in memory and the post reads the saved file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rr-demo-')), 'demo.xlsx');
    const demo = await cli(['demo', '--out', path]);
    expect(demo.code).toBe(0);
    const post = await cli(['post', path, '--run', 'NIGHTLY']);
    expect(post.stderr).toBe('');
    expect(post.code).toBe(0);
    expect(post.stdout).toMatch(/^Posted NIGHTLY as of /);
  });
});
