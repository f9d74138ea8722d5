/**
 * XML Schema validation with real libxml2 (xmllint-wasm), against the published XSDs in
 * `../shared/schemas`, read in place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { SCHEMAS } from './sharedMaterial';

/** What libxml2 said: valid, or each error as `line: message`. */
export interface XmlValidation {
  valid: boolean;
  errors: string[];
}

/**
 * Validates `xml` against a schema of `../shared/schemas` (`'pain.008.001.02.xsd'`,
 * `'dk/pain.008.001.02.xsd'`, `'camt.054.001.02.xsd'`…).
 *
 * @example
 * expect(await validateAgainst('pain.008.001.02.xsd', xml)).toEqual({ valid: true, errors: [] });
 */
export async function validateAgainst(schema: string, xml: string): Promise<XmlValidation> {
  const contents = readFileSync(join(SCHEMAS, schema), 'utf8');
  const result = await validateXML({ xml: [{ fileName: 'document.xml', contents: xml }], schema: [{ fileName: 'schema.xsd', contents }] });
  return { valid: result.valid, errors: result.errors.map((e) => `${e.loc?.lineNumber ?? '?'}: ${e.message}`) };
}
