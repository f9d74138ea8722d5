import { RecentTexts } from './recentTexts';
import { utf8Text } from './xmlBytes';

describe('RecentTexts', () => {
  it('gives back what utf8Text gives, for repeated, colliding, non-ASCII, long and empty pieces', () => {
    // 20,000 distinct values share 8,192 slots: most slots are overwritten, several times.
    const values = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? 'Active' : `M${i}`));
    values.push('Ωμέγα', '😀', 'x'.repeat(65), '', '\uFEFFYes', 'Yes', 'Active');
    const encoder = new TextEncoder();
    const pieces = values.map((v) => encoder.encode(v));
    const bytes = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
    const ranges: [number, number][] = [];
    let at = 0;
    for (const piece of pieces) {
      bytes.set(piece, at);
      ranges.push([at, at + piece.length]);
      at += piece.length;
    }
    const texts = new RecentTexts();
    const read = ranges.map(([from, to]) => texts.text(bytes, from, to));
    expect(read).toEqual(values);
    expect(read).toEqual(ranges.map(([from, to]) => utf8Text(bytes, from, to)));
  });
});
