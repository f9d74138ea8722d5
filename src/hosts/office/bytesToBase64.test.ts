import fc from 'fast-check';
import { bytesToBase64 } from './bytesToBase64';

describe('bytesToBase64', () => {
  it('gives an empty text when given no bytes', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it.each([
    [[0x50, 0x4b, 0x03, 0x04], 'UEsDBA=='],
    [[0xff, 0xfe, 0xfd], '//79'],
    [[0x00, 0x01], 'AAE='],
  ])('encodes %j as %s, padded with = when the length is not a multiple of 3', (bytes, expected) => {
    expect(bytesToBase64(new Uint8Array(bytes))).toBe(expected);
  });

  it('matches Node’s encoder when the bytes span several chunks', () => {
    const bytes = new Uint8Array(3 * 8192 * 3 + 2).map((_, i) => (i * 31 + 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('matches Node’s encoder when given any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => bytesToBase64(bytes) === Buffer.from(bytes).toString('base64')),
      { numRuns: 60 },
    );
  });

  it('encodes a view into a larger buffer from its own offset when given a subarray', () => {
    const whole = new Uint8Array([9, 9, 0x50, 0x4b, 9]);
    expect(bytesToBase64(whole.subarray(2, 4))).toBe('UEs=');
  });
});
