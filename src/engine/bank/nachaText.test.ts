import { toNachaText } from './nachaText';

describe('toNachaText', () => {
  it.each([
    ['Zoë Ñúñez', 22, 'ZOE NUNEZ'],
    ['Jürgen Groß', 22, 'JUERGEN GROSS'],
    ['Smith & Söhne', 22, 'SMITH & SOEHNE'],
    ['ada@example.org #7', 22, 'ADA@EXAMPLE.ORG #7'],
    ['O’Brien', 22, "O'BRIEN"],
    ['Иван Petrov', 22, 'PETROV'],
    ['Line one\r\nline two', 22, 'LINE ONE LINE TWO'],
    ['Membership dues', 10, 'MEMBERSHIP'],
    ['A very long member name indeed', 22, 'A VERY LONG MEMBER NAM'],
    ['Short', 22, 'SHORT'], // not padded: the record writer pads
  ])('writes %p in at most %p characters as %p', (text, max, expected) => {
    expect(toNachaText(text, max)).toBe(expected);
  });

  it('only ever writes upper-case printable ASCII', () => {
    const all = Array.from({ length: 0x250 }, (_, i) => String.fromCharCode(i)).join('');
    expect(toNachaText(all, 10_000)).toMatch(/^[\x20-\x60\x7B-\x7E]*$/);
  });
});
