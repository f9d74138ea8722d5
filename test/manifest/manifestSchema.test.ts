/**
 * Both manifests — the development one in the checkout and the production one the build writes
 * (scripts/rewriteManifestUrl.js `productionManifest`) — validate against the OfficeApp 1.1
 * XSDs in `../shared/schemas/office/`, with real libxml2 (xmllint-wasm), offline. Under CI a
 * missing schema folder fails the test (test/shared/sharedMaterial.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { productionManifest } from '../../scripts/rewriteManifestUrl';
import { requireShared, SCHEMAS } from '../shared/sharedMaterial';

const OFFICE_SCHEMAS = join(SCHEMAS, 'office');
const ROOT_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const DEV_MANIFEST = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');

async function validate(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const files = readdirSync(OFFICE_SCHEMAS).filter((f) => f.endsWith('.xsd'));
  const schema = { fileName: ROOT_SCHEMA, contents: readFileSync(join(OFFICE_SCHEMAS, ROOT_SCHEMA), 'utf8') };
  const preload = files.filter((f) => f !== ROOT_SCHEMA).map((f) => ({ fileName: f, contents: readFileSync(join(OFFICE_SCHEMAS, f), 'utf8') }));
  const result = await validateXML({ xml: [{ fileName: 'manifest.xml', contents: xml }], schema: [schema], preload });
  return { valid: result.valid, errors: result.errors.map((e) => `${e.loc?.lineNumber ?? '?'}: ${e.message}`) };
}

describe('the manifests against the OfficeApp 1.1 schemas', () => {
  const present = requireShared(OFFICE_SCHEMAS);
  const maybe = present ? it : it.skip;

  maybe('validates the development manifest', async () => {
    expect(await validate(DEV_MANIFEST)).toEqual({ valid: true, errors: [] });
  });

  maybe('validates the production manifest the build writes', async () => {
    expect(await validate(productionManifest(DEV_MANIFEST, 'https://addin.example.org/renewals/'))).toEqual({ valid: true, errors: [] });
  });

  maybe('refuses a manifest the schema does not allow (the check can fail)', async () => {
    const broken = DEV_MANIFEST.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>EverythingPlease</Permissions>');
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/Permissions/);
  });
});
