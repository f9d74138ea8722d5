import { isBlankText } from './isBlankText';

describe('isBlankText', () => {
  it.each(['', ' ', '   ', '\t', '\u00a0', '\n \r'])('is true for %p', (text) => {
    expect(isBlankText(text)).toBe(true);
  });

  it.each(['a', ' a', '\u00a0a', 'é', '0'])('is false for %p', (text) => {
    expect(isBlankText(text)).toBe(false);
  });
});
