import { bytesStartWith, indexOfAscii, indexOfByte, isNameAt, localNameAt, SHORT_ASCII, shortAsciiText, utf8Text } from './xmlBytes';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('utf8Text', () => {
  it.each([
    ['plain ASCII', 'M100001'],
    ['Greek, Cyrillic and emoji', 'Ωμέγα Привет 👨‍👩‍👧'],
    ['a U+FEFF at the start, which is text here', '\uFEFFa'],
    ['ASCII as long as the short path takes', 'y'.repeat(SHORT_ASCII)],
    ['ASCII one byte longer than the short path takes', 'z'.repeat(SHORT_ASCII + 1)],
    ['ASCII longer than the short path', 'x'.repeat(200)],
    ['non-ASCII longer than the short path', 'é'.repeat(200)],
  ])('decodes %s exactly as TextDecoder decodes it', (_, text) => {
    const bytes = utf8(`<v>${text}</v>`);
    expect(utf8Text(bytes, 3, bytes.length - 4)).toBe(text);
  });

  it('reads bytes that are not UTF-8 as U+FFFD, and nothing as the empty text', () => {
    expect(utf8Text(new Uint8Array([0x61, 0xff, 0xe2, 0x82]), 0, 4)).toBe('a\uFFFD\uFFFD');
    expect(utf8Text(utf8('abc'), 2, 2)).toBe('');
  });
});

describe('indexOfByte', () => {
  it('finds a byte from a position, and only before `to` when given', () => {
    const bytes = utf8('<c r="A1"><v>1</v></c>');
    expect(indexOfByte(bytes, 0x3c, 1)).toBe(10);
    expect(indexOfByte(bytes, 0x3d, 0, 4)).toBe(-1);
    expect(indexOfByte(bytes, 0x3d, 0, 5)).toBe(4);
    expect(indexOfByte(bytes, 0x7c, 0)).toBe(-1);
  });
});

describe('indexOfAscii and bytesStartWith', () => {
  it('match ASCII text in bytes, never past their end', () => {
    const bytes = utf8('é<![CDATA[ö]]>');
    expect(indexOfAscii(bytes, ']]>', 0)).toBe(13);
    expect(indexOfAscii(bytes, ']]>!', 0)).toBe(-1);
    expect(bytesStartWith(bytes, 2, '<![CDATA[')).toBe(true);
    expect(bytesStartWith(bytes, 13, ']]>')).toBe(true);
    expect(bytesStartWith(bytes, 14, ']]>')).toBe(false);
  });
});

describe('shortAsciiText', () => {
  it.each([0, 1, 7, SHORT_ASCII])('gives the text of %i bytes, whatever was made before at that length', (length) => {
    const a = 'abcdefghij'.repeat(7).slice(0, length);
    const b = 'ZYXWVUTSRQ'.repeat(7).slice(0, length);
    const bytes = new TextEncoder().encode(`<v>${a}</v><v>${b}</v>`);
    expect(shortAsciiText(bytes, 3, 3 + length)).toBe(a);
    expect(shortAsciiText(bytes, 10 + length, 10 + 2 * length)).toBe(b);
    expect(shortAsciiText(bytes, 3, 3 + length)).toBe(a);
  });
});

describe('localNameAt and isNameAt', () => {
  it.each([
    ['<row r="1">', 'row'],
    ['<x:row r="1">', 'row'],
    ['<row/>', 'row'],
    ['<row>', 'row'],
    ['<row', 'row'],
    ['<rowΩ>', 'rowΩ'],
  ])('reads the local name of %j', (tag, local) => {
    const bytes = utf8(tag);
    const [from, length] = localNameAt(bytes, 1);
    expect(new TextDecoder().decode(bytes.subarray(from, from + length))).toBe(local);
    expect(isNameAt(bytes, from, length, 'row')).toBe(local === 'row');
  });
});
