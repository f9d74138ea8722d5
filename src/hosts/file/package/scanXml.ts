import { decodeXmlText } from './xmlText';

/** What {@link scanXml} reports, element by element, in document order. */
export interface XmlVisitor {
  /** An element opens (`empty` for `<x/>`); `name` without its namespace prefix. */
  open(name: string, attributes: Record<string, string>, empty: boolean): void;
  close?(name: string): void;
  /** Character data (entities decoded, CDATA as written) between tags. */
  text?(text: string): void;
}

/** Thrown for XML the scanner cannot read; the caller words it for its part (corrupt workbook, unreadable sheet). */
export class XmlProblem extends Error {}

/**
 * A small, forgiving XML tokenizer for the package's small parts (relationships, content
 * types, the workbook part, shared strings). Namespace prefixes are dropped from element and
 * attribute names (`x:sheet` is `sheet`, `r:id` is `id`; an unprefixed attribute wins over a
 * prefixed one of the same local name), so Strict OOXML and unusual prefixes read like the usual
 * ones; `xmlns` declarations are kept under their own names. Comments and processing
 * instructions are skipped. A DTD (`<!DOCTYPE`) is refused: OOXML parts never have one, and
 * its entities are exactly what XML bombs and external-entity attacks use.
 *
 * @example
 * scanXml('<x:sheets><x:sheet name="A" r:id="rId1"/></x:sheets>', {
 *   open: (name, a) => console.log(name, a.name, a.id), // → 'sheets' …, then 'sheet A rId1'
 * });
 */
export function scanXml(xml: string, visitor: XmlVisitor): void {
  let p = 0;
  const n = xml.length;
  while (p < n) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) {
      if (visitor.text) visitor.text(decodeXmlText(xml.slice(p)));
      return;
    }
    if (lt > p && visitor.text) visitor.text(decodeXmlText(xml.slice(p, lt)));
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      p = skipDeclaration(xml, lt, visitor);
    } else if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlProblem('an unterminated processing instruction');
      p = end + 2;
    } else if (next === 0x2f /* / */) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) throw new XmlProblem('an unterminated closing tag');
      visitor.close?.(localName(xml.slice(lt + 2, end).trim()));
      p = end + 1;
    } else {
      p = readStartTag(xml, lt, visitor);
    }
  }
}

function skipDeclaration(xml: string, lt: number, visitor: XmlVisitor): number {
  if (xml.startsWith('<!--', lt)) {
    const end = xml.indexOf('-->', lt + 4);
    if (end < 0) throw new XmlProblem('an unterminated comment');
    return end + 3;
  }
  if (xml.startsWith('<![CDATA[', lt)) {
    const end = xml.indexOf(']]>', lt + 9);
    if (end < 0) throw new XmlProblem('an unterminated CDATA section');
    visitor.text?.(xml.slice(lt + 9, end));
    return end + 3;
  }
  throw new XmlProblem(xml.startsWith('<!DOCTYPE', lt) ? 'it declares a DTD (<!DOCTYPE>), which no Excel part may' : 'an unknown <! declaration');
}

function readStartTag(xml: string, lt: number, visitor: XmlVisitor): number {
  let p = lt + 1;
  const n = xml.length;
  while (p < n && !isNameEnd(xml.charCodeAt(p))) p++;
  const name = localName(xml.slice(lt + 1, p));
  if (name === '') throw new XmlProblem('a tag without a name');
  // No prototype: an attribute named `__proto__` is just an attribute.
  const attributes = Object.create(null) as Record<string, string>;
  for (;;) {
    while (p < n && isSpace(xml.charCodeAt(p))) p++;
    if (p >= n) throw new XmlProblem('an unterminated tag');
    const c = xml.charCodeAt(p);
    if (c === 0x3e /* > */) {
      visitor.open(name, attributes, false);
      return p + 1;
    }
    if (c === 0x2f /* / */ && xml.charCodeAt(p + 1) === 0x3e) {
      visitor.open(name, attributes, true);
      visitor.close?.(name);
      return p + 2;
    }
    const eq = xml.indexOf('=', p);
    if (eq < 0) throw new XmlProblem('an attribute without a value');
    const qualified = xml.slice(p, eq).trim();
    let q = eq + 1;
    while (q < n && isSpace(xml.charCodeAt(q))) q++;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") throw new XmlProblem('an unquoted attribute');
    const end = xml.indexOf(quote, q + 1);
    if (end < 0) throw new XmlProblem('an unterminated attribute');
    const value = decodeXmlText(xml.slice(q + 1, end));
    if (qualified === 'xmlns' || qualified.startsWith('xmlns:')) attributes[qualified] = value;
    else {
      const local = localName(qualified);
      if (local === qualified || !(local in attributes)) attributes[local] = value;
    }
    p = end + 1;
  }
}

/** The name after a namespace prefix: `x:row` → `row`. */
export function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x3e || c === 0x2f;
}
