import { decodeExcelEscapes, decodeXmlText } from './xmlText';

describe('decodeXmlText', () => {
  it.each([
    ['plain', 'plain'],
    ['&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos;', `<a> & "b" 'c'`],
    ['&#65;&#x42;&#x1F600;', 'AB😀'],
    ['&amp;amp;', '&amp;'],
    ['&a5;&foo;', '&a5;&foo;'],
    ['&#x110000;', '&#x110000;'],
  ])('decodes %j', (text, expected) => expect(decodeXmlText(text)).toBe(expected));
});

describe('decodeExcelEscapes', () => {
  it.each([
    ['a_x000D_b', 'a\rb'],
    ['_x005F_x000D_', '_x000D_'],
    ['_x00e9_t_x00E9_', 'été'],
    ['_x12_ stays', '_x12_ stays'],
  ])('decodes %j', (text, expected) => expect(decodeExcelEscapes(text)).toBe(expected));
});
