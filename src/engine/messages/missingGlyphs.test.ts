import { missingGlyphs } from './missingGlyphs';

describe('missingGlyphs', () => {
  it.each([['Ada Lovelace'], ['Zoë Ørsted-Müller'], ['Ξανθίππη Παπαδοπούλου'], ['Жанна Иванова'], ['Line one\nline two\tend'], ['€ – “quoted” ’']])(
    'finds nothing when %p is in Latin, Greek or Cyrillic script',
    (text) => {
      expect(missingGlyphs(text)).toEqual([]);
    },
  );

  it('names each missing character once when the text has CJK', () => {
    expect(missingGlyphs('李小龙 and 李')).toEqual(['李', '小', '龙']);
  });

  it('reads a character outside the BMP as one character when it is an emoji', () => {
    expect(missingGlyphs('Hi 🦊!')).toEqual(['🦊']);
  });
});
