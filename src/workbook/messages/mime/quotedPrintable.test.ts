import { encodeQuotedPrintable } from './quotedPrintable';

describe('encodeQuotedPrintable', () => {
  it.each([
    ['Dear Ana,\nThe fee is 30 €.', 'Dear Ana,\r\nThe fee is 30 =E2=82=AC.'],
    ['a=b', 'a=3Db'],
    ['end \nend\t', 'end=20\r\nend=09'],
    ['.\nFrom here\nFrom', '=2E\r\n=46rom here\r\nFrom'],
    ['a\r\nb\rc', 'a\r\nb\r\nc'],
  ])('encodes %p as %p', (text, encoded) => {
    expect(encodeQuotedPrintable(text)).toBe(encoded);
  });

  it('wraps long lines with soft breaks at 76 characters, never inside =XX', () => {
    const encoded = encodeQuotedPrintable('é'.repeat(100));
    const lines = encoded.split('\r\n');
    expect(lines.every((line) => line.length <= 76 && !/=[0-9A-F]?=$/.test(line.slice(0, -1)))).toBe(true);
    expect(lines.slice(0, -1).every((line) => line.endsWith('='))).toBe(true);
    expect(
      Buffer.from(
        encoded.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8'),
    ).toBe('é'.repeat(100));
  });

  it('guards a dot that a soft break brings to the start of a line', () => {
    expect(encodeQuotedPrintable(`${'x'.repeat(75)}.`).split('\r\n')[1]).toBe('=2E');
  });
});
