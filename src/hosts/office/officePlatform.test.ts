import { blobDownloadsWork, officePlatform } from './officePlatform';

describe('officePlatform', () => {
  it.each([
    ['Mac', 'mac'],
    ['iOS', 'ipad'],
    ['OfficeOnline', 'web'],
    ['PC', 'windows'],
    ['Universal', 'windows'],
  ] as const)('reads Office.context.platform %s as %s', (platform, expected) => {
    expect(officePlatform({ context: { platform } })).toBe(expected);
  });

  it('falls back to Office.context.diagnostics.platform', () => {
    expect(officePlatform({ context: { platform: null, diagnostics: { platform: 'Mac' } } })).toBe('mac');
  });

  it('is browser without Office', () => {
    expect(officePlatform(undefined)).toBe('browser');
    expect(officePlatform({ context: null })).toBe('browser');
  });
});

describe('blobDownloadsWork', () => {
  it('is false only in the WKWebView platforms', () => {
    expect(blobDownloadsWork('mac')).toBe(false);
    expect(blobDownloadsWork('ipad')).toBe(false);
    expect(blobDownloadsWork('web')).toBe(true);
    expect(blobDownloadsWork('windows')).toBe(true);
    expect(blobDownloadsWork('browser')).toBe(true);
  });
});
