import { chooseBrowser, describeBrowser, SYSTEM_CHROMIUMS } from './chooseBrowser';

const unpack = jest.fn(async () => '/tmp/chromium');
const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

beforeEach(() => unpack.mockClear());

describe('chooseBrowser', () => {
  it('uses CHROMIUM_PATH when it is set, even with a system browser present', async () => {
    const choice = await chooseBrowser({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, exists: only(...SYSTEM_CHROMIUMS), unpack });
    expect(choice).toEqual({ source: 'CHROMIUM_PATH', path: '/opt/chrome/chrome' });
    expect(unpack).not.toHaveBeenCalled();
  });

  it.each([
    [['/usr/bin/chromium', '/usr/bin/google-chrome'], '/usr/bin/chromium'],
    [['/usr/bin/chromium-browser', '/usr/bin/google-chrome'], '/usr/bin/chromium-browser'],
    [['/usr/bin/google-chrome'], '/usr/bin/google-chrome'],
  ])('takes the first system browser that exists (%j → %s)', async (present, expected) => {
    const choice = await chooseBrowser({ env: {}, exists: only(...present), unpack });
    expect(choice).toEqual({ source: 'system', path: expected });
    expect(unpack).not.toHaveBeenCalled();
  });

  it('falls back to the packaged Chromium when no system browser exists', async () => {
    expect(await chooseBrowser({ env: {}, exists: only(), unpack })).toEqual({ source: 'packaged', path: '/tmp/chromium' });
  });

  it('reads an empty CHROMIUM_PATH as "no system browser"', async () => {
    const exists = jest.fn(only(...SYSTEM_CHROMIUMS));
    expect(await chooseBrowser({ env: { CHROMIUM_PATH: '' }, exists, unpack })).toEqual({ source: 'packaged', path: '/tmp/chromium' });
    expect(exists).not.toHaveBeenCalled();
  });
});

describe('describeBrowser', () => {
  it('names the path, the version and where the browser came from', () => {
    expect(describeBrowser({ source: 'packaged', path: '/tmp/chromium' }, '147.0.7727.0')).toBe(
      'Browser tests use Chromium 147.0.7727.0 at /tmp/chromium, from the npm package @sparticuz/chromium',
    );
    expect(describeBrowser({ source: 'system', path: '/usr/bin/chromium' })).toBe('Browser tests use Chromium at /usr/bin/chromium, from the system');
  });
});
