import { Utf8Sink } from './utf8Sink';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Pieces written to a sink starting with `initial` bytes of room, so the buffer's edge falls everywhere. */
function sunk(pieces: string[], initial: number): Uint8Array {
  const sink = new Utf8Sink(initial);
  for (const piece of pieces) sink.write(piece);
  return sink.bytes();
}

describe('Utf8Sink', () => {
  it('encodes as TextEncoder does, across many pieces and buffer growths, long and short', () => {
    const pieces = Array.from({ length: 1000 }, (_, i) => (i % 7 === 0 ? `${'long text ☺ '.repeat(i % 20)}` : `<c r="A${i}"><v>${i}</v></c>é`));
    expect(sunk(pieces, 4)).toEqual(encode(pieces.join('')));
  });

  it.each([
    ['a two-byte character', 'é'],
    ['a three-byte character', '☺'],
    ['a four-byte character (a surrogate pair)', '😀'],
  ])('keeps %s whole at every edge of the buffer', (_, ch) => {
    for (let initial = 1; initial <= 8; initial++) {
      for (let before = 0; before <= 8; before++) {
        const text = 'x'.repeat(before) + ch + 'y' + ch;
        expect(sunk([text], initial)).toEqual(encode(text));
        expect(sunk([...text], initial)).toEqual(encode(text)); // one UTF-16 unit a write
        expect(sunk([text + 'z'.repeat(100)], initial)).toEqual(encode(text + 'z'.repeat(100)));
      }
    }
  });

  it('keeps a surrogate pair split between two writes together', () => {
    const [high, low] = ['😀'.charAt(0), '😀'.charAt(1)];
    for (let initial = 1; initial <= 6; initial++) expect(sunk(['ab', `c${high}`, `${low}d`], initial)).toEqual(encode('abc😀d'));
  });

  it('writes a lone high surrogate at the end as TextEncoder does', () => {
    expect(sunk(['a', '😀'.charAt(0)], 1)).toEqual(encode('a' + '😀'.charAt(0)));
  });

  it('writes integers as their digits', () => {
    const sink = new Utf8Sink(1);
    for (const n of [0, 7, 10, 1048576, 123456789]) {
      sink.writeInt(n);
      sink.write(',');
    }
    expect(new TextDecoder().decode(sink.bytes())).toBe('0,7,10,1048576,123456789,');
  });

  it('writes nothing as no bytes', () => {
    expect(new Utf8Sink().bytes()).toEqual(new Uint8Array(0));
  });
});
