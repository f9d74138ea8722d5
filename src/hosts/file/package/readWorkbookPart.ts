import { scanXml } from './scanXml';

/** A `<sheet>` of the workbook part, before its relationship is resolved. */
export interface WorkbookSheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

/** What the workbook part (`xl/workbook.xml`) says about the sheets and the date system. */
export interface WorkbookPartFacts {
  sheets: WorkbookSheetEntry[];
  date1904: boolean;
  /** The root element is in the Strict (ISO 29500) SpreadsheetML namespace. */
  strict: boolean;
}

const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

/**
 * Reads the sheets (tab order, with name, sheetId, `r:id` and visibility) and the 1904 flag of
 * a workbook part, whatever namespace prefixes it uses. Throws `XmlProblem` when the XML is
 * unreadable.
 *
 * @example
 * readWorkbookPart('<workbook><workbookPr date1904="1"/><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>')
 * // → { sheets: [{ name: 'A', sheetId: 1, relId: 'rId1', state: 'visible' }], date1904: true, strict: false }
 */
export function readWorkbookPart(xml: string): WorkbookPartFacts {
  const facts: WorkbookPartFacts = { sheets: [], date1904: false, strict: false };
  let root = true;
  scanXml(xml, {
    open(name, a) {
      if (root) {
        root = false;
        facts.strict = Object.values(a).includes(STRICT_MAIN);
      }
      if (name === 'workbookPr') facts.date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'sheet') {
        const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
        facts.sheets.push({ name: a.name ?? '', sheetId: Number(a.sheetId ?? 0), relId: a.id ?? '', state });
      }
    },
  });
  return facts;
}
