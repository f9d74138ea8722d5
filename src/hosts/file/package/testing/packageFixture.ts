import { strToU8, zipSync, type Zippable } from 'fflate';

/** A sheet of a hand-built test package: its name and its `<sheetData>` content (or a whole part). */
export interface FixtureSheet {
  name: string;
  rows?: string;
  xml?: string;
  state?: string;
}

export interface FixtureOptions {
  sharedStrings?: string[];
  date1904?: boolean;
  /** Extra or replacement parts, by name. */
  parts?: Record<string, string | Uint8Array>;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * An .xlsx package built by hand (fflate's zipSync packs it), for tests of the reader that must
 * not depend on the writer under test.
 *
 * @example
 * const bytes = fixturePackage([{ name: 'Members', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>Member ID</t></is></c></row>' }]);
 */
export function fixturePackage(sheets: FixtureSheet[], options: FixtureOptions = {}): Uint8Array {
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml ?? `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${s.rows ?? ''}</sheetData></worksheet>`;
  });
  if (options.sharedStrings) {
    parts['xl/sharedStrings.xml'] = `<sst xmlns="${MAIN}">${options.sharedStrings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
  }
  Object.assign(parts, options.parts);
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(parts)) zippable[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(zippable);
}
