import { lastRowEnd } from './lastRowEnd';

const at = (xml: string): number => lastRowEnd(new TextEncoder().encode(xml));

describe('lastRowEnd', () => {
  it.each([
    ['<row r="1"></row><row r="2"><c', 17],
    ['<row r="1"></row><row r="2"></row>', 34],
    ['<x:row r="1"></x:row><x:row', 21],
    ['<sheetData><row r="1"><c r="A1"><v>1</v></c></row>', 50],
  ])('ends after the last closing row tag in %s', (xml, end) => {
    expect(at(xml)).toBe(end);
  });

  it.each([['<worksheet><sheetViews/><cols><col min="1"/></cols><sheetData><row r="1"><c'], ['<row r="1"/>'], ['</arrow>'], ['row>'], ['']])(
    'is −1 when no row is closed yet in %s',
    (xml) => {
      expect(at(xml)).toBe(-1);
    },
  );

  it('is not fooled by a tag whose name only ends in "row"', () => {
    expect(at('<row r="1"></row><c><v>1</v></c></narrow>')).toBe(17);
  });
});
