/**
 * The manifest's URLs at production build: every `https://localhost:3000/` in manifest.xml
 * (task pane, function file, icons, support and learn-more links) becomes the URL the add-in is
 * hosted at. Used by webpack.config.js; types in rewriteManifestUrl.d.ts.
 */
'use strict';

const DEV_URL = 'https://localhost:3000/';
/** The development origin with or without its trailing slash, so nothing of it is left behind. */
const DEV_URL_PATTERN = /https:\/\/localhost:3000\/?/g;

/** Where the add-in is hosted when ADDIN_URL is not set: a placeholder that must be replaced. */
const DEFAULT_ADDIN_URL = 'https://renewal-runs.example.org/';

/**
 * Validates and normalises a hosting URL: https only (Office refuses http add-ins, and the
 * manifest must not point at a page a network attacker could rewrite), no query or fragment
 * (they would end up in the middle of every rewritten URL), and exactly one trailing slash so
 * `assets/icon-32.png` can be appended.
 *
 * @example
 * normaliseAddinUrl('https://addin.example.org/renewals') // → 'https://addin.example.org/renewals/'
 */
function normaliseAddinUrl(url) {
  let parsed;
  try {
    parsed = new URL(String(url).trim());
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'https:') {
    throw new Error(`ADDIN_URL must be an https:// URL (Office loads add-ins over HTTPS only): ${parsed.href}`);
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new Error(`ADDIN_URL must not have a query, fragment or credentials: ${parsed.href}`);
  }
  return parsed.href.replace(/\/*$/, '/');
}

/**
 * Replaces every occurrence of the development URL in the manifest text with `addinUrl`.
 *
 * @example
 * rewriteManifestUrl('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', 'https://a.example.org/x')
 * // → '<SourceLocation DefaultValue="https://a.example.org/x/taskpane.html"/>'
 */
function rewriteManifestUrl(manifest, addinUrl) {
  const url = normaliseAddinUrl(addinUrl);
  return manifest.replace(DEV_URL_PATTERN, () => url);
}

module.exports = { DEV_URL, DEFAULT_ADDIN_URL, normaliseAddinUrl, rewriteManifestUrl };
