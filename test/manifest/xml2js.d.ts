/**
 * The one function of xml2js the manifest test uses. xml2js (a strict SAX parser underneath)
 * comes with office-addin-manifest, a dev dependency; it ships no types of its own.
 */
declare module 'xml2js' {
  export function parseStringPromise(xml: string, options?: Record<string, unknown>): Promise<unknown>;
}
