/**
 * Part names of an OPC package (ECMA-376 Part 2): where a part's relationships live and how a
 * relationship's target resolves against the part that holds it.
 */

/**
 * The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the
 * package's own (source `''`) → `_rels/.rels`.
 *
 * @example
 * relsPathOf('wtf/workbook.xml') // → 'wtf/_rels/workbook.xml.rels'
 */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The part name a relationship target points to, without a leading slash: relative to the
 * source part's folder, or absolute when it starts with `/`; `.` and `..` segments resolved,
 * backslashes read as slashes, percent-escapes decoded. `null` when it climbs above the root.
 *
 * @example
 * resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')    // → 'xl/worksheets/sheet1.xml'
 * resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet1.xml') // → 'xl/worksheets/sheet1.xml'
 * resolveTarget('xl/worksheets/sheet1.xml', '../drawings/d1.xml') // → 'xl/drawings/d1.xml'
 */
export function resolveTarget(sourcePart: string, target: string): string | null {
  const clean = decodePercent(target.replace(/\\/g, '/').split('#')[0]);
  const base = clean.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  const segments = [...base];
  for (const segment of clean.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  return segments.length === 0 ? null : segments.join('/');
}

function decodePercent(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
