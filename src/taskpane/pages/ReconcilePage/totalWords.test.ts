import { totalWords } from './totalWords';

describe('totalWords', () => {
  it.each([
    [{ USD: 120 }, '$120.00'],
    [{ USD: 120, EUR: 90 }, '$120.00 and €90.00'],
    [{}, 'nothing'],
  ])('words %p as %p, never adding two currencies', (totals, words) => {
    expect(totalWords(totals)).toBe(words);
  });
});
