import { readSharedStrings } from './readSharedStrings';
import { XmlProblem } from './scanXml';

describe('readSharedStrings', () => {
  it('reads plain, rich and phonetic strings as Excel shows them', () => {
    const xml = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="99" uniqueCount="1">
      <si><t>Plain</t></si>
      <si><r><rPr><b/></rPr><t xml:space="preserve">Bold </t></r><r><t>tail</t></r></si>
      <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
      <si><t/></si>
      <si><t>a &amp; b_x000D_</t></si>
      <si><t><![CDATA[<raw>]]></t></si>
    </sst>`;
    expect(readSharedStrings(xml)).toEqual(['Plain', 'Bold tail', '東京', '', 'a & b\r', '<raw>']);
  });

  it('reads any namespace prefix', () => {
    expect(readSharedStrings('<x:sst xmlns:x="urn:x"><x:si><x:t>A</x:t></x:si></x:sst>')).toEqual(['A']);
  });

  it('refuses a DTD instead of expanding its entities', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a0 "aaaa"><!ENTITY a1 "&a0;&a0;">]><sst><si><t>&a1;</t></si></sst>';
    expect(() => readSharedStrings(bomb)).toThrow(XmlProblem);
  });
});
