import { parseStringPromise } from 'xml2js';

/** An XML element as the manifest test walks it: qualified name (`bt:Image`), attributes, text, children in order. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

interface RawNode {
  '#name'?: string;
  $?: Record<string, string>;
  _?: string;
  $$?: RawNode[];
}

function toElement(raw: RawNode, name: string): XmlElement {
  return {
    name: raw['#name'] ?? name,
    attributes: raw.$ ?? {},
    text: raw._ ?? '',
    children: (raw.$$ ?? []).map((child) => toElement(child, '')),
  };
}

/** Parses a whole document (strict: a malformed one throws) into its root element. */
export async function parseXml(xml: string): Promise<XmlElement> {
  const parsed = (await parseStringPromise(xml, { explicitChildren: true, preserveChildrenOrder: true, trim: true })) as Record<string, RawNode>;
  const [rootName, root] = Object.entries(parsed)[0];
  return toElement(root, rootName);
}

/** The element and everything under it, depth first. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The only child of that name; throws when there is none or more than one. */
export function onlyChild(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
}
