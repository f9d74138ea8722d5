import { cutText } from './cutText';

describe('cutText', () => {
  it.each([
    ['  a   b  ', 10, 'a b'],
    ['  a   b  ', 2, 'a'],
    ['abcdef', 3, 'abc'],
    ['abc', 0, ''],
    ['abc', -1, ''],
  ])('cuts %p to at most %p characters as %p', (text, max, expected) => {
    expect(cutText(text, max)).toBe(expected);
  });
});
