import { scanXml } from './scanXml';
import { decodeExcelEscapes } from './xmlText';

/**
 * The shared-string table of a workbook (`xl/sharedStrings.xml`) as the plain texts Excel
 * shows: each `<si>`'s plain `<t>`, or its rich-text runs' `<t>`s concatenated; phonetic
 * (`<rPh>`, ruby) runs left out; entities and Excel's `_xHHHH_` escapes decoded. The `count`
 * and `uniqueCount` attributes are ignored (writers get them wrong). Throws `XmlProblem` for
 * XML it cannot read (a DTD, an unterminated tag).
 *
 * @example
 * readSharedStrings('<sst><si><t>A</t></si><si><r><t>B</t></r><r><t>c</t></r></si></sst>') // → ['A', 'Bc']
 */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let phonetic = 0;
  let inText = false;
  scanXml(xml, {
    open(name, _a, empty) {
      if (name === 'si') current = '';
      else if (name === 'rPh' && !empty) phonetic++;
      else if (name === 't' && !empty) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 'si' && current !== null) {
        strings.push(decodeExcelEscapes(current));
        current = null;
      }
    },
    text(text) {
      if (inText && phonetic === 0 && current !== null) current += text;
    },
  });
  return strings;
}
