/** The namespaces a package's new parts are written in: transitional OOXML, or strict (ISO 29500) when the package is strict. */
export interface PackageNamespaces {
  main: string;
  relationships: string;
  /** Relationship type of a worksheet, from the workbook part. */
  worksheetRel: string;
  stylesRel: string;
}

const TRANSITIONAL: PackageNamespaces = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  worksheetRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  stylesRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
};

const STRICT: PackageNamespaces = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  worksheetRel: 'http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet',
  stylesRel: 'http://purl.oclc.org/ooxml/officeDocument/relationships/styles',
};

/**
 * The namespaces for new parts of a package.
 *
 * @example
 * packageNamespaces(false).main // → 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
 */
export function packageNamespaces(strict: boolean): PackageNamespaces {
  return strict ? STRICT : TRANSITIONAL;
}

/** Content types are the same in both flavours. */
export const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
