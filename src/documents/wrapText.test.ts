import { wrapText } from './wrapText';

const fiveEach = (s: string) => [...s].length * 5;

describe('wrapText', () => {
  it.each([
    ['keeps every line break when the text has LF, CR LF or CR', 'a\nb\r\nc\rd', 100, ['a', 'b', 'c', 'd']],
    ['keeps a blank line when the text has one', 'a\n\nb', 100, ['a', '', 'b']],
    ['wraps at spaces when a line is too wide', 'aaa bbb ccc', 35, ['aaa bbb', 'ccc']],
    ['cuts a word when it is wider than the line', 'abcdefghij', 20, ['abcd', 'efgh', 'ij']],
    ['never splits a surrogate pair when it cuts a word', '😀😀😀', 10, ['😀😀', '😀']],
  ])('%s', (_name, text, width, expected) => {
    expect(wrapText(text, width, fiveEach)).toEqual(expected);
  });
});
