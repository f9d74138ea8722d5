import { utf8Part } from './utf8Part';

describe('utf8Part', () => {
  const utf8 = (text: string) => [...new TextEncoder().encode(text)];

  it('returns UTF-8 as it is, and without its byte-order mark as a view of the same bytes', () => {
    const plain = new Uint8Array(utf8('<a>é</a>'));
    expect(utf8Part(plain)).toBe(plain);
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<a>é</a>')]);
    expect([...utf8Part(marked)]).toEqual(utf8('<a>é</a>'));
    expect(utf8Part(marked).buffer).toBe(marked.buffer);
  });

  it('encodes a UTF-16 part as UTF-8, its byte-order mark dropped and a second one kept as text', () => {
    const le = new Uint8Array(Buffer.from('\uFEFF\uFEFF<a>é😀</a>', 'utf16le'));
    expect([...utf8Part(le)]).toEqual(utf8('\uFEFF<a>é😀</a>'));
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x3c, 0x04, 0x36]);
    expect([...utf8Part(be)]).toEqual(utf8('<ж'));
  });

  it('reads a lone surrogate in UTF-16 as U+FFFD', () => {
    expect([...utf8Part(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))]).toEqual(utf8('\uFFFDA'));
  });
});
