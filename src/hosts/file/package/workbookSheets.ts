import { escapeXml, decodeXmlText } from './xmlText';

/** The `<sheet>` elements of a workbook part, in tab order, with their names and relationship ids. */
function sheetElements(workbook: string): { xml: string; name: string; relId: string; sheetId: number }[] {
  return [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*?\/?>/g)].map((m) => ({
    xml: m[0],
    name: decodeXmlText(/\sname="([^"]*)"/.exec(m[0])?.[1] ?? ''),
    relId: /\s[\w]+:id="([^"]*)"/.exec(m[0])?.[1] ?? '',
    sheetId: Number(/\ssheetId="(\d+)"/.exec(m[0])?.[1] ?? 0),
  }));
}

/** The next free sheetId: one more than the highest. */
export function nextSheetId(workbook: string): number {
  return Math.max(0, ...sheetElements(workbook).map((s) => s.sheetId)) + 1;
}

/** The tab index of the sheet with the given relationship id, -1 when absent. */
export function sheetIndex(workbook: string, relId: string): number {
  return sheetElements(workbook).findIndex((s) => s.relId === relId);
}

/**
 * The workbook part with a new last `<sheet>`, written with the prefix the part uses for the
 * relationships namespace (`r:` almost always; declared on the root when missing).
 *
 * @example
 * addSheet(xml, 'Run Log', 7, 'rId12', relNs) // → …<sheet name="Run Log" sheetId="7" r:id="rId12"/></sheets>…
 */
export function addSheet(workbook: string, name: string, sheetId: number, relId: string, relationshipsNs: string): string {
  // A workbook without sheets yet (the empty package a demo or an export starts from) has `<sheets/>`.
  let text = workbook.replace(/<(\w+:)?sheets\s*\/>/, (_tag, p: string | undefined) => `<${p ?? ''}sheets></${p ?? ''}sheets>`);
  const close = /<\/(\w+:)?sheets>/.exec(text);
  if (!close) throw new Error('workbook part has no </sheets>');
  let prefix = new RegExp(`xmlns:(\\w+)="${relationshipsNs.replace(/\./g, '\\.')}"`).exec(text)?.[1];
  if (!prefix) {
    prefix = 'rr';
    text = text.replace(/<(\w+:)?workbook\b/, (tag) => `${tag} xmlns:rr="${relationshipsNs}"`);
  }
  const at = text.indexOf(close[0]);
  const element = `<${close[1] ?? ''}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${prefix}:id="${relId}"/>`;
  return text.slice(0, at) + element + text.slice(at);
}

/** The workbook part with a sheet's tab renamed (the name is matched by relationship id). */
export function renameSheet(workbook: string, relId: string, name: string): string {
  const sheet = sheetElements(workbook).find((s) => s.relId === relId);
  if (!sheet) return workbook;
  return workbook.replace(sheet.xml, sheet.xml.replace(/(\sname=")[^"]*"/, `$1${escapeXml(name)}"`));
}

/**
 * The workbook part without a sheet: its `<sheet>` removed; its sheet-local defined names removed,
 * later sheets' `localSheetId` shifted down; references to it in other defined names turned into
 * `#REF!` as Excel does when a sheet is deleted; the active and first visible tab kept in range.
 *
 * @example
 * removeSheet(xml, 'rId3') // → the part without the sheet of rId3
 */
export function removeSheet(workbook: string, relId: string): string {
  const sheets = sheetElements(workbook);
  const index = sheets.findIndex((s) => s.relId === relId);
  if (index < 0) return workbook;
  const { name } = sheets[index];
  let text = workbook.replace(sheets[index].xml, '');
  text = text.replace(/<(\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/\1?definedName>/g, (element, _p, attrs: string, formula: string) => {
    const local = /\slocalSheetId="(\d+)"/.exec(attrs);
    if (local && Number(local[1]) === index) return '';
    let out = element;
    if (local && Number(local[1]) > index) out = out.replace(/(\slocalSheetId=")\d+"/, `$1${Number(local[1]) - 1}"`);
    return out.replace(formula, refErrors(formula, name));
  });
  text = text.replace(/<(\w+:)?definedNames\b[^>]*>\s*<\/\1?definedNames>/, '');
  const last = sheets.length - 2;
  return text.replace(/<(?:\w+:)?workbookView\b[^>]*>/g, (view) =>
    view.replace(
      /(\s(?:activeTab|firstSheet)=")(\d+)"/g,
      (_, attr: string, n: string) => `${attr}${Math.max(0, Math.min(last, Number(n) > index ? Number(n) - 1 : Number(n)))}"`,
    ),
  );
}

/** A defined name's formula with references to a sheet (`Name!`, `'Na''me'!`) turned into `#REF!`. */
function refErrors(formula: string, sheet: string): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const forms = [escapeXml(quoted), escapeXml(quoted).replace(/'/g, '&apos;')];
  if (/^[A-Za-z_][\w.]*$/.test(sheet)) forms.push(sheet);
  let out = formula;
  for (const form of forms) out = out.replace(new RegExp(`(^|[^\\w'.])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}!`, 'gi'), '$1#REF!');
  return out;
}
