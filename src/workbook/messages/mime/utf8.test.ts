import { encodeUtf8 } from './utf8';

describe('encodeUtf8', () => {
  it.each([[''], ['ASCII'], ['Ελένη Παππά'], ['Алексей'], ['€ ☃'], ['🎉🚣‍♀️ 𝄞'], ['lone \ud800 and \udc00 surrogates']])(
    'encodes %p as TextEncoder does',
    (text) => {
      expect(Array.from(encodeUtf8(text))).toEqual(Array.from(new TextEncoder().encode(text)));
    },
  );
});
