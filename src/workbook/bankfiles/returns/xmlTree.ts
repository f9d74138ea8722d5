import { SaxesParser } from 'saxes';

/** An element of a parsed document, by local name (any namespace prefix dropped). */
export interface XmlElement {
  name: string;
  /** Attributes by local name. */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (its children's text is theirs), untrimmed. */
  text: string;
}

/** A whole document, or why it is not well-formed and the first two element names seen before that. */
export type XmlTreeRead = { ok: true; root: XmlElement } | { ok: false; problem: string; openedNames: string[] };

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * Parses XML text into a small tree with saxes (no namespace processing: names are matched by
 * local name, so every version of a message reads alike). Never throws: a document that is not
 * well-formed gives saxes's first message, with the names of the elements opened before it so a
 * caller can still tell what the document was meant to be.
 *
 * @example
 * readXmlTree('<a:Doc xmlns:a="urn:x"><a:Amt Ccy="EUR">1.00</a:Amt></a:Doc>')
 * // → { ok: true, root: { name: 'Doc', attributes: { a: 'urn:x' }, children: [{ name: 'Amt', attributes: { Ccy: 'EUR' }, children: [], text: '1.00' }], text: '' } }
 */
export function readXmlTree(text: string): XmlTreeRead {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  const openedNames: string[] = [];
  let root: XmlElement | null = null;
  let problem: string | null = null;
  parser.on('error', (error) => {
    problem ??= error.message;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[localName(name)] = typeof value === 'string' ? value : value.value;
    const element: XmlElement = { name: localName(tag.name), attributes, children: [], text: '' };
    if (openedNames.length < 2) openedNames.push(element.name);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (value: string): void => {
    const current = stack[stack.length - 1];
    if (current) current.text += value;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (error) {
    // saxes reports through the handler above; this only catches what a handler could not.
    problem ??= error instanceof Error ? error.message : String(error);
  }
  if (problem !== null || root === null) return { ok: false, problem: problem ?? 'no element', openedNames };
  return { ok: true, root };
}

/**
 * The first descendant reached by following child names, or null.
 *
 * @example
 * childAt(entry, 'BookgDt', 'Dt')?.text // → '2016-04-10'
 */
export function childAt(element: XmlElement | null, ...path: string[]): XmlElement | null {
  let current = element;
  for (const name of path) current = current?.children.find((child) => child.name === name) ?? null;
  return current;
}

/**
 * The trimmed text at a child path, or null when the element is missing or its text is blank.
 *
 * @example
 * textAt(entry, 'CdtDbtInd') // → 'CRDT'
 */
export function textAt(element: XmlElement | null, ...path: string[]): string | null {
  const text = childAt(element, ...path)?.text.trim() ?? '';
  return text === '' ? null : text;
}

/**
 * The direct children of an element with a name.
 *
 * @example
 * childrenNamed(entryDetails, 'TxDtls').length // → 2
 */
export function childrenNamed(element: XmlElement | null, name: string): XmlElement[] {
  return element?.children.filter((child) => child.name === name) ?? [];
}
