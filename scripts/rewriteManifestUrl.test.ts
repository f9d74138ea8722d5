import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_ADDIN_URL,
  DEV_ID,
  DEV_NAME,
  normaliseAddinUrl,
  PRODUCTION_ID,
  PRODUCTION_NAME,
  productionManifest,
  rewriteManifestUrl,
} from './rewriteManifestUrl';

describe('normaliseAddinUrl', () => {
  it.each([
    ['https://addin.example.org', 'https://addin.example.org/'],
    ['https://addin.example.org/', 'https://addin.example.org/'],
    ['https://addin.example.org//', 'https://addin.example.org/'],
    ['https://addin.example.org/renewals', 'https://addin.example.org/renewals/'],
    ['  https://addin.example.org:8443/renewals/  ', 'https://addin.example.org:8443/renewals/'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseAddinUrl(input)).toBe(expected);
  });

  it.each(['http://addin.example.org/', 'ftp://addin.example.org/', '//addin.example.org/', 'addin.example.org', ''])(
    'refuses %j, which is not an https URL',
    (input) => {
      expect(() => normaliseAddinUrl(input)).toThrow(/ADDIN_URL/);
    },
  );

  it.each(['https://addin.example.org/?v=1', 'https://addin.example.org/#x', 'https://user:pw@addin.example.org/'])(
    'refuses %j: a query, fragment or credentials would break the rewritten URLs',
    (input) => {
      expect(() => normaliseAddinUrl(input)).toThrow(/must not have/);
    },
  );

  it('has an https placeholder default', () => {
    expect(normaliseAddinUrl(DEFAULT_ADDIN_URL)).toBe(DEFAULT_ADDIN_URL);
  });
});

describe('rewriteManifestUrl', () => {
  const manifest = readFileSync(join(__dirname, '..', 'manifest.xml'), 'utf8');

  it('replaces every development URL in the manifest', () => {
    const count = manifest.split('https://localhost:3000/').length - 1;
    expect(count).toBeGreaterThan(5);
    const rewritten = rewriteManifestUrl(manifest, 'https://addin.example.org/renewals');
    expect(rewritten).not.toContain('localhost');
    expect(rewritten.split('https://addin.example.org/renewals/').length - 1).toBe(count);
    expect(rewritten).toContain('"https://addin.example.org/renewals/taskpane.html"');
    expect(rewritten).toContain('"https://addin.example.org/renewals/assets/icon-80.png"');
  });

  it('replaces the development origin without its trailing slash too', () => {
    expect(rewriteManifestUrl('a https://localhost:3000 b', 'https://x.example.org')).toBe('a https://x.example.org/ b');
  });

  it('treats $ in the URL literally', () => {
    expect(rewriteManifestUrl('https://localhost:3000/p', 'https://x.example.org/$&/')).toBe('https://x.example.org/$&/p');
  });

  it('refuses an http URL and leaves nothing half-rewritten', () => {
    expect(() => rewriteManifestUrl(manifest, 'http://addin.example.org/')).toThrow(/https/);
  });
});

describe('productionManifest', () => {
  const manifest = readFileSync(join(__dirname, '..', 'manifest.xml'), 'utf8');

  it('gives the production manifest its own Id and name, and the URLs of where it is hosted', () => {
    const production = productionManifest(manifest, 'https://addin.example.org/');
    expect(manifest).toContain(`<Id>${DEV_ID}</Id>`);
    expect(manifest).toContain(`<DisplayName DefaultValue="${DEV_NAME}"/>`);
    expect(production).toContain(`<Id>${PRODUCTION_ID}</Id>`);
    expect(production).not.toContain(DEV_ID);
    expect(production).toContain(`<DisplayName DefaultValue="${PRODUCTION_NAME}"/>`);
    expect(production).toContain(`<bt:String id="OpenPane.Label" DefaultValue="${PRODUCTION_NAME}"/>`);
    expect(production).not.toContain(`DefaultValue="${DEV_NAME}"`);
    expect(production).not.toContain('localhost');
    expect(production).toContain('<SupportUrl DefaultValue="https://addin.example.org/support.html"/>');
    expect(DEV_ID).not.toBe(PRODUCTION_ID);
  });

  it('refuses a manifest without the development Id rather than ship two add-ins with one Id', () => {
    expect(() => productionManifest(manifest.replace(DEV_ID, PRODUCTION_ID), 'https://addin.example.org/')).toThrow(/development Id/);
  });
});
