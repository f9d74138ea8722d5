import type { InflateBudget } from './inflateBudget';
import { PORTABLE_CODECS, type ResolvedCodecs } from './packageCodecs';
import type { PackageEntry } from './packageModel';
import { corruptWorkbook } from './packageRefusals';
import { relsPathOf, resolveTarget } from './partPaths';
import { findEntry, partText } from './partText';
import { scanXml, XmlProblem } from './scanXml';

/** One relationship of a part. */
export interface Relationship {
  id: string;
  /** The relationship type URI (transitional or Strict). */
  type: string;
  /** The resolved part name; `null` for an external target or one that leaves the package. */
  part: string | null;
}

/**
 * The relationships of a part (its `_rels/<name>.rels`), `[]` when it has none. Types are
 * compared by their last segment with {@link hasType}, so transitional
 * (`http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet`) and Strict
 * (`http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet`) read alike.
 *
 * @example
 * readRelationships(entries, '', budget) // the package's: [{ id: 'rId1', type: '…/officeDocument', part: 'xl/workbook.xml' }]
 */
export function readRelationships(
  entries: ReadonlyMap<string, PackageEntry>,
  sourcePart: string,
  budget: InflateBudget,
  codecs: ResolvedCodecs = PORTABLE_CODECS,
): Relationship[] {
  const relsPath = relsPathOf(sourcePart);
  const entry = findEntry(entries, relsPath);
  if (!entry) return [];
  const relationships: Relationship[] = [];
  try {
    scanXml(partText(entry, budget, codecs), {
      open(name, a) {
        if (name !== 'Relationship' || a.Target === undefined) return;
        const external = a.TargetMode?.toLowerCase() === 'external';
        relationships.push({ id: a.Id ?? '', type: a.Type ?? '', part: external ? null : resolveTarget(sourcePart, a.Target) });
      },
    });
  } catch (e) {
    if (e instanceof XmlProblem) throw corruptWorkbook(`part ${relsPath}: ${e.message}`);
    throw e;
  }
  return relationships;
}

/**
 * Whether a relationship type ends with the given last segment.
 *
 * @example
 * hasType('http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet', 'worksheet') // → true
 */
export function hasType(type: string, last: string): boolean {
  return type.endsWith(`/${last}`);
}
