import { escapeXml, decodeXmlText } from './xmlText';

/** One `<Relationship>` of a rels part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The element as written, to remove it exactly. */
  xml: string;
}

/**
 * The relationships of a rels part, in order.
 *
 * @example
 * readRelationships('<Relationships><Relationship Id="rId1" Type="…/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
 * // → [{ id: 'rId1', type: '…/worksheet', target: 'worksheets/sheet1.xml', external: false, xml: '<Relationship …/>' }]
 */
export function readRelationships(rels: string): Relationship[] {
  return [...rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?Relationship>)/g)].map((m) => {
    const attr = (name: string): string =>
      decodeXmlText(
        new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
          .exec(m[0])
          ?.slice(1)
          .find((v) => v !== undefined) ?? '',
      );
    return { id: attr('Id'), type: attr('Type'), target: attr('Target'), external: attr('TargetMode') === 'External', xml: m[0] };
  });
}

/** The rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The part a relationship of `source` points at: relative to the source's folder, or absolute
 * from the package root; `..` and `.` resolved, no leading slash.
 *
 * @example
 * resolveTarget('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml') // → 'xl/drawings/drawing1.xml'
 */
export function resolveTarget(source: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : source.slice(0, source.lastIndexOf('/') + 1) + target;
  const parts: string[] = [];
  for (const segment of decodeURIComponent(path).split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** A relationship id not yet used in the part (`rId<n>`, n one more than the highest). */
export function newRelationshipId(rels: string): string {
  let max = 0;
  for (const r of readRelationships(rels)) {
    const n = /^rId(\d+)$/.exec(r.id);
    if (n) max = Math.max(max, Number(n[1]));
  }
  return `rId${max + 1}`;
}

/** The rels part with one relationship appended before its closing tag. */
export function addRelationship(rels: string, id: string, type: string, target: string): string {
  const close = /<\/(\w+:)?Relationships>\s*$/.exec(rels);
  if (!close) throw new Error('rels part has no </Relationships>');
  return `${rels.slice(0, close.index)}<${close[1] ?? ''}Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>${rels.slice(close.index)}`;
}

/** The rels part without the relationship of the given id. */
export function removeRelationship(rels: string, id: string): string {
  const found = readRelationships(rels).find((r) => r.id === id);
  return found ? rels.replace(found.xml, '') : rels;
}

/** `[Content_Types].xml` with an `<Override>` for a part added (replacing any for the same part). */
export function addOverride(types: string, part: string, contentType: string): string {
  const without = removeOverride(types, part);
  const close = /<\/(\w+:)?Types>\s*$/.exec(without);
  if (!close) throw new Error('[Content_Types].xml has no </Types>');
  return `${without.slice(0, close.index)}<${close[1] ?? ''}Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>${without.slice(close.index)}`;
}

/** `[Content_Types].xml` without the `<Override>` of a part (part names compare case-insensitively, as OPC says). */
export function removeOverride(types: string, part: string): string {
  return types.replace(/<(?:\w+:)?Override\b[^>]*?\/>/g, (element) => {
    const name = /\sPartName="([^"]*)"/.exec(element)?.[1];
    return name !== undefined && decodeXmlText(name).replace(/^\//, '').toLowerCase() === part.toLowerCase() ? '' : element;
  });
}
