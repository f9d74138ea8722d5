import { piecesEntry, textEntry } from './entryBytes';

describe('piecesEntry', () => {
  it('holds the same bytes as the joined text', () => {
    const pieces = ['<row r="1">', 'Zoë ☺ ', '😀'.charAt(0), '😀'.charAt(1), 'x'.repeat(10_000), '</row>'];
    expect(piecesEntry('a.xml', pieces)).toEqual(textEntry('a.xml', pieces.join('')));
  });
});
