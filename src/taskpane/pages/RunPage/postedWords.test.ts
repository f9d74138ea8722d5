import type { PostSummary } from '../../session/runsSession';
import { postedWords, summaryLines, summaryTotal } from './postedWords';

const oneCurrency: PostSummary = {
  runId: 'SPRING',
  asOf: '2026-03-01',
  counts: { renew: { count: 12, amount: 1440, amounts: { USD: 1440 } }, notify: { count: 3, amount: 0, amounts: {} } },
};
const twoCurrencies: PostSummary = {
  runId: 'SPRING',
  asOf: '2026-03-01',
  counts: {
    renew: { count: 14, amount: null, amounts: { USD: 1440, EUR: 300 } },
    drop: { count: 2, amount: null, amounts: { EUR: 100.1 } },
  },
};

describe('postedWords', () => {
  it('writes each amount with its currency when the post is in one currency', () => {
    expect(postedWords(oneCurrency)).toBe('Posted as of 2026-03-01: 12 renew ($1,440.00), 3 notify.');
  });

  it('names each currency of an action and never adds them when the post has two', () => {
    expect(postedWords(twoCurrencies)).toBe('Posted as of 2026-03-01: 14 renew ($1,440.00 and €300.00), 2 drop (€100.10).');
  });

  it('says nothing was applied when the summary has no action', () => {
    expect(postedWords({ runId: 'SPRING', asOf: '2026-03-01', counts: {} })).toBe('Posted as of 2026-03-01: nothing to apply.');
  });
});

describe('summaryLines', () => {
  it('gives one line per action with its count and money per currency, in the summary order', () => {
    expect(summaryLines(twoCurrencies)).toEqual([
      { action: 'renew', count: 14, amount: null, amounts: { USD: 1440, EUR: 300 } },
      { action: 'drop', count: 2, amount: null, amounts: { EUR: 100.1 } },
    ]);
  });
});

describe('summaryTotal', () => {
  it('sums each currency on its own when the lines have two', () => {
    expect(summaryTotal(summaryLines(twoCurrencies))).toEqual({ count: 16, amount: null, amounts: { USD: 1440, EUR: 400.1 } });
  });

  it('keeps the plain sum too when the lines are in one currency', () => {
    expect(summaryTotal(summaryLines(oneCurrency))).toEqual({ count: 15, amount: 1440, amounts: { USD: 1440 } });
  });
});
