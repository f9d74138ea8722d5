import { fnv1a } from './fnv1a';

describe('fnv1a', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('matches the published 32-bit FNV-1a vector when the text is %j', (text, hash) => {
    expect(fnv1a(text)).toBe(hash.toString(36).padStart(7, '0'));
  });

  it('is always 7 base-36 characters', () => {
    for (const text of ['', 'a', 'NIGHTLY 2026-11-30', 'ü'.repeat(100)]) expect(fnv1a(text)).toMatch(/^[0-9a-z]{7}$/);
  });
});
