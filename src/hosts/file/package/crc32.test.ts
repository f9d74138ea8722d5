import { crc32 } from './crc32';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('crc32', () => {
  it('computes the standard check value', () => {
    expect(crc32(0, bytes('123456789'))).toBe(0xcbf43926);
    expect(crc32(0, new Uint8Array(0))).toBe(0);
  });

  it('continues over chunks of any length', () => {
    const whole = bytes('The quick brown fox jumps over the lazy dog');
    for (const cut of [0, 1, 3, 7, 20, whole.length]) {
      expect(crc32(crc32(0, whole.subarray(0, cut)), whole.subarray(cut))).toBe(0x414fa339);
    }
  });
});
