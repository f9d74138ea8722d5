import { ContentHasher } from './contentHasher';

function hashOf(feed: (h: ContentHasher) => void): string {
  const h = new ContentHasher();
  feed(h);
  return h.digest();
}

describe('ContentHasher', () => {
  it('gives the same digest for the same values', () => {
    expect(hashOf((h) => (h.text('Gold'), h.number(120)))).toBe(hashOf((h) => (h.text('Gold'), h.number(120))));
  });

  it.each([
    ['a changed number', (h: ContentHasher) => (h.text('Gold'), h.number(121))],
    ['a changed letter', (h: ContentHasher) => (h.text('Golc'), h.number(120))],
    ['the number as text', (h: ContentHasher) => (h.text('Gold'), h.text('120'))],
    ['a cell moved to the next row', (h: ContentHasher) => (h.text('Gold'), h.tag(1), h.number(120))],
  ])('changes the digest on %s', (_label, feed) => {
    expect(hashOf(feed)).not.toBe(hashOf((h) => (h.text('Gold'), h.number(120))));
  });

  it('keeps the digest earlier versions gave, so a preview made before an upgrade still posts', () => {
    expect(hashOf((h) => (h.text('Members'), h.number(45658), h.text('Ada Lovelace — ünïcode'), h.tag(1), h.number(-0.5)))).toBe('303eeaa2c4bc88c5');
  });

  it('prints 16 hex digits', () => {
    expect(hashOf((h) => h.text(''))).toMatch(/^[0-9a-f]{16}$/);
  });
});
