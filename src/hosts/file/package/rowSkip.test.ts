import { nodeCodecs } from '../nodeCodecs';
import { RowSkipper, SkipBlocked } from './rowSkip';

const search = nodeCodecs().search!;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
/** Row `target` looked for from `at` in `xml` (a piece, the last one when `final`) as a patcher does. */
const skipToRow = (xml: string, at: number, target: number, rowOpen: string, final: boolean) => {
  const data = bytes(xml);
  return new RowSkipper(data, search(data), rowOpen, final).skipTo(at, target);
};
const ROWS = '<row r="1"><c r="A1"><v>1</v></c></row><row r="4" spans="1:2"><c r="A4"><v>4</v></c></row><row spans="1:2" r="9"><c r="B9"/></row>';

describe('RowSkipper.skipTo', () => {
  it.each([
    [4, { to: ROWS.indexOf('<row r="4"'), passed: null }],
    [9, { to: ROWS.indexOf('<row spans'), passed: null }],
  ])('goes to the tag of row %i when the row is there', (target, expected) => {
    expect(skipToRow(ROWS, 0, target, '<row', false)).toEqual(expected);
  });

  it('skips the whole piece when its last row is before the target, saying which row that was', () => {
    expect(skipToRow(ROWS, 0, 12, '<row', false)).toEqual({ to: ROWS.length, passed: 9 });
  });

  it('stops at the last row tag in the last piece (the end of the sheet data is read there)', () => {
    const xml = `${ROWS}</sheetData>`;
    expect(skipToRow(xml, 0, 12, '<row', true)).toEqual({ to: ROWS.indexOf('<row spans'), passed: null });
  });

  it.each([
    ['a row between is missing and a later one is there', ROWS, 5],
    ['the number is in a text, not a tag', '<row r="1"><c r="A1" t="str"><v>x r="7"</v></c></row><row r="8"/>', 7],
    ['the last row has no r', '<row r="1"/><row><c r="A2"/></row>', 5],
    ['the row is written with single quotes', "<row r='1'/><row r='3'/>", 2],
  ])('leaves the rows to be read one by one (null) when %s', (_, xml, target) => {
    expect(skipToRow(xml, 0, target, '<row', false)).toBeNull();
  });

  it('does not take a prefixed sheet’s row for another tag', () => {
    const xml = '<x:row r="1"/><x:rowBreaks r="3"/><x:row r="3"/>';
    expect(skipToRow(xml, 0, 3, '<x:row', false)).toBeNull();
    expect(skipToRow(xml, 14, 3, '<x:row', false)).toBeNull();
    expect(skipToRow(xml, 34, 3, '<x:row', false)).toEqual({ to: 34, passed: null });
  });

  it('refuses to skip a comment (before the last piece) or reads on past it (in the last)', () => {
    const xml = '<row r="1"/><!-- <row r="2"/> --><row r="3"/>';
    expect(() => skipToRow(xml, 0, 3, '<row', false)).toThrow(SkipBlocked);
    expect(skipToRow(xml, 0, 3, '<row', true)).toBeNull();
    expect(skipToRow(xml, 33, 3, '<row', false)).toEqual({ to: 33, passed: null });
  });
});
