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

/** The development manifest's Id and the production one (each environment its own add-in in Office). */
const DEV_ID = 'b4441f1c-12dc-48a1-ba38-6793e68b91ac';
const PRODUCTION_ID = '63e7f6e1-9076-456b-9d4d-2924a9d15732';
/** The name the development manifest shows, and the production one. */
const DEV_NAME = 'Renewal Runs (dev)';
const PRODUCTION_NAME = 'Renewal Runs';

/**
 * The production manifest from the development one: URLs on `addinUrl`, the production Id, and
 * the production name wherever the development name is shown (DisplayName, the ribbon button).
 * Microsoft recommends one manifest per environment, told apart by name, so a developer's
 * sideloaded copy never replaces the add-in users have.
 *
 * @example
 * productionManifest(devManifest, 'https://addin.example.org/') // → Id 63e7f6e1-…, DisplayName "Renewal Runs"
 */
function productionManifest(manifest, addinUrl) {
  if (!manifest.includes(`<Id>${DEV_ID}</Id>`)) throw new Error(`manifest.xml: expected the development Id ${DEV_ID}`);
  return rewriteManifestUrl(manifest, addinUrl)
    .replace(`<Id>${DEV_ID}</Id>`, `<Id>${PRODUCTION_ID}</Id>`)
    .split(`DefaultValue="${DEV_NAME}"`)
    .join(`DefaultValue="${PRODUCTION_NAME}"`);
}

module.exports = { DEV_URL, DEFAULT_ADDIN_URL, DEV_ID, PRODUCTION_ID, DEV_NAME, PRODUCTION_NAME, normaliseAddinUrl, rewriteManifestUrl, productionManifest };
