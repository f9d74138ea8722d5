import { isoDate } from '../../../engine/dates/isoDate';
import { cellXml } from './cellXml';
import { numberText } from './numberText';
import { escapeCellText, decodeXmlText } from './xmlText';

describe('cellXml', () => {
  it.each([
    ['text inline, kept as text even when it looks like a formula', '=1+1', '<c r="A1" s="2" t="inlineStr"><is><t>=1+1</t></is></c>'],
    ['a number in <v>', 12.5, '<c r="A1" s="2"><v>12.5</v></c>'],
    ['a boolean as t="b"', true, '<c r="A1" s="2" t="b"><v>1</v></c>'],
    ['null as a styled empty cell', null, '<c r="A1" s="2"/>'],
    ['a date as its 1900-system serial', { date: isoDate('2025-01-01') }, '<c r="A1" s="2"><v>45658</v></c>'],
  ])('writes %s', (_, value, xml) => {
    expect(cellXml('A1', 2, value, false)).toBe(xml);
  });

  it('writes a date in the 1904 system when the workbook uses it', () => {
    expect(cellXml('A1', 0, { date: isoDate('2025-01-01') }, true)).toBe('<c r="A1"><v>44196</v></c>');
  });

  it('keeps leading, trailing and inner whitespace of text', () => {
    expect(cellXml('A1', 0, ' a\tb ', false)).toBe('<c r="A1" t="inlineStr"><is><t xml:space="preserve"> a\tb </t></is></c>');
  });

  it('uses the namespace prefix of the sheet', () => {
    expect(cellXml('A1', 0, 'x', false, 'x:')).toBe('<x:c r="A1" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c>');
  });
});

describe('escapeCellText', () => {
  it.each([
    ['markup characters', 'a<b>&"c"', 'a&lt;b&gt;&amp;&quot;c&quot;'],
    ['control characters XML forbids', 'a\u0001b\u001f', 'a_x0001_b_x001F_'],
    ['carriage returns, which parsers would turn into line feeds', 'a\r\nb', 'a_x000D_\nb'],
    ['text that reads like an escape', '_x000D_', '_x005F_x000D_'],
    ['a lone surrogate', 'a\ud800b', 'a_xD800_b'],
    ['tabs, newlines and astral characters as they are', '\t\n😀é', '\t\n😀é'],
  ])('escapes %s', (_, text, xml) => {
    expect(escapeCellText(text)).toBe(xml);
  });
});

describe('decodeXmlText', () => {
  it('reverses entities and character references', () => {
    expect(decodeXmlText('&lt;R&amp;D&gt; &quot;&apos; &#233;&#x41;')).toBe('<R&D> "\' éA');
  });
});

describe('numberText', () => {
  it.each([
    [0.1, '0.1'],
    [1 / 3, '0.3333333333333333'],
    [-0, '0'],
    [123456789012, '123456789012'],
    [1e21, '1E+21'],
    [1.5e-7, '1.5E-7'],
  ])('writes %p as %p, which reads back as the same number', (n, text) => {
    expect(numberText(n)).toBe(text);
    expect(Number(text) === n).toBe(true);
  });

  it('refuses numbers a cell cannot hold', () => {
    expect(() => numberText(NaN)).toThrow(RangeError);
    expect(() => numberText(Infinity)).toThrow(RangeError);
  });
});
