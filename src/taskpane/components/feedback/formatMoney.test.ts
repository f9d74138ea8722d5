import { amountsInWords, formatAmounts, formatAmountsList, formatMoney, listInWords } from './formatMoney';

describe('formatMoney', () => {
  it('writes the currency symbol and two decimals when the currency is USD or EUR', () => {
    expect(formatMoney(1440, 'USD')).toBe('$1,440.00');
    expect(formatMoney(300, 'EUR')).toBe('€300.00');
    expect(formatMoney(0.1 + 0.2, 'USD')).toBe('$0.30');
  });

  it('writes no decimals when the currency has none (JPY)', () => {
    expect(formatMoney(1440, 'JPY')).toBe('¥1,440');
  });

  it('writes the code before the plain amount when Intl refuses the code', () => {
    expect(formatMoney(12.5, 'US$')).toBe('US$ 12.50');
  });

  it('gives the same words when a currency is formatted again (cached formatter)', () => {
    expect(formatMoney(5, 'GBP')).toBe('£5.00');
    expect(formatMoney(6, 'GBP')).toBe('£6.00');
  });
});

describe('formatAmounts', () => {
  it('lists each currency in the order given, separated by a middle dot, when there are several', () => {
    expect(formatAmounts({ USD: 1440, EUR: 300 })).toBe('$1,440.00 · €300.00');
    expect(formatAmounts({ EUR: 300, USD: 1440 })).toBe('€300.00 · $1,440.00');
  });

  it('writes a single amount when there is one currency', () => {
    expect(formatAmounts({ JPY: 5000 })).toBe('¥5,000');
  });

  it('is empty when the record is empty', () => {
    expect(formatAmounts({})).toBe('');
    expect(formatAmountsList({})).toEqual([]);
  });
});

describe('amountsInWords', () => {
  it('joins the amounts with "and" when there are two or more', () => {
    expect(amountsInWords({ USD: 1440, EUR: 300 })).toBe('$1,440.00 and €300.00');
    expect(amountsInWords({ USD: 1, EUR: 2, JPY: 3 })).toBe('$1.00, €2.00 and ¥3');
  });

  it('is the one amount when there is one, and empty when there is none', () => {
    expect(amountsInWords({ EUR: 300 })).toBe('€300.00');
    expect(amountsInWords({})).toBe('');
  });
});

describe('listInWords', () => {
  it('joins with "and", and commas before the last, when there are several parts', () => {
    expect(listInWords(['a', 'b'])).toBe('a and b');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('is the one part, or empty, when there is one or none', () => {
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords([])).toBe('');
  });
});
