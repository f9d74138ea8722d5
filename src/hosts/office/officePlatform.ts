/// <reference types="office-js" />

/**
 * Where the pane runs, as far as saving files goes:
 * - `mac`: Excel for Mac — the pane is a WKWebView, which ignores `<a download>` and blob URLs
 *   (office-js #2700, closed "by design"; #3385);
 * - `ipad`: Excel on iPad — also WKWebView;
 * - `web`: Excel on the web — the pane is an iframe in the browser, downloads work;
 * - `windows`: Excel on Windows — WebView2 (or IE/Edge Legacy), downloads work;
 * - `browser`: no Office at all (standalone mode).
 */
export type OfficePlatform = 'mac' | 'ipad' | 'web' | 'windows' | 'browser';

/** The part of office.js the platform is read from: `Office.context` after `Office.onReady`. */
export interface OfficePlatformSource {
  context?: {
    platform?: Office.PlatformType | string | null;
    diagnostics?: { platform?: Office.PlatformType | string | null } | null;
  } | null;
}

/**
 * The pane's platform from `Office.context.platform` (or, where that is missing, from
 * `Office.context.diagnostics.platform`); `browser` without Office. The values are
 * `Office.PlatformType`'s strings (`'Mac'`, `'OfficeOnline'`, `'PC'`, `'iOS'`), compared as
 * text so this runs without office.js loaded. Unknown platforms count as `windows`: the blob
 * download is what they get today.
 *
 * @example
 * officePlatform(Office) // → 'mac' in Excel for Mac
 * officePlatform(undefined) // → 'browser'
 */
export function officePlatform(office: OfficePlatformSource | undefined): OfficePlatform {
  const context = office?.context;
  if (!context) return 'browser';
  const platform = context.platform ?? context.diagnostics?.platform ?? null;
  if (platform === 'Mac') return 'mac';
  if (platform === 'iOS') return 'ipad';
  if (platform === 'OfficeOnline') return 'web';
  return 'windows';
}

/**
 * Whether a blob download (`<a download>`) reaches the user's disk on the platform: not in
 * Office's WKWebView on Mac and iPad (office-js #2700, #3385; Microsoft's only workaround,
 * in #3662, is to open a page of the add-in's own in the full browser with
 * `Office.context.ui.openBrowserWindow` and download from there).
 *
 * @example
 * blobDownloadsWork('mac') // → false
 * blobDownloadsWork('web') // → true
 */
export function blobDownloadsWork(platform: OfficePlatform): boolean {
  return platform !== 'mac' && platform !== 'ipad';
}
