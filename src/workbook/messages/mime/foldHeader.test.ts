import { foldHeader } from './foldHeader';

describe('foldHeader', () => {
  it('writes a short header on one line', () => {
    expect(foldHeader('Subject', ['Renewal', 'invoice'])).toBe('Subject: Renewal invoice\r\n');
  });

  it('folds before a word that would pass 78 characters', () => {
    const words = Array.from({ length: 30 }, (_, i) => `renewal${i}`);
    const folded = foldHeader('Subject', words);
    expect(folded.split('\r\n').map((line) => line.length)).toEqual([71, 77, 70, 70, 10, 0]);
    // Unfolding (removing each CRLF) gives back the words with single spaces.
    expect(folded.replace(/\r\n(?=.)/g, '')).toBe(`Subject: ${words.join(' ')}\r\n`);
  });

  it('keeps a word longer than a line whole, on a line of its own', () => {
    expect(foldHeader('Message-ID', ['<a>', 'x'.repeat(90)])).toBe(`Message-ID: <a>\r\n ${'x'.repeat(90)}\r\n`);
  });

  it('puts an empty value after the colon', () => {
    expect(foldHeader('Subject', [])).toBe('Subject:\r\n');
  });
});
