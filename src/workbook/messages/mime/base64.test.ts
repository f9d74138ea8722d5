import { encodeBase64, encodeBase64Lines } from './base64';

describe('encodeBase64', () => {
  it.each([0, 1, 2, 3, 4, 5, 57, 58, 300])('encodes %p bytes as Buffer does', (size) => {
    const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 97 + 13) & 0xff);
    expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('encodeBase64Lines', () => {
  it('cuts lines of 76 characters, each ending in CRLF', () => {
    const bytes = Uint8Array.from({ length: 200 }, (_, i) => i);
    const text = encodeBase64Lines(bytes);
    expect(text.split('\r\n').map((line) => line.length)).toEqual([76, 76, 76, 40, 0]);
    expect(text.replace(/\r\n/g, '')).toBe(Buffer.from(bytes).toString('base64'));
  });
});
