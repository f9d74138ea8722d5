import { fnv1aHex } from './fnv1a';

describe('fnv1aHex', () => {
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('hashes %p to the published FNV-1a 32-bit value %p', (text, hash) => {
    expect(fnv1aHex(text)).toBe(hash);
  });

  it('tells apart keys that differ only where a Message-ID simplifies them', () => {
    expect(fnv1aHex('renew:M-1')).not.toBe(fnv1aHex('renew_M-1'));
  });
});
