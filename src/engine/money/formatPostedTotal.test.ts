import { formatPostedTotal } from './formatPostedTotal';

describe('formatPostedTotal', () => {
  it('sums to the cent with the currency code when the rows are in one currency', () => {
    expect(
      formatPostedTotal([
        { amount: 1200.1, currency: 'USD' },
        { amount: 0.2, currency: 'USD' },
      ]),
    ).toBe('1,200.30 USD');
  });

  it('never adds two currencies: one sum per currency in order of appearance', () => {
    expect(
      formatPostedTotal([
        { amount: 120, currency: 'USD' },
        { amount: 90, currency: 'EUR' },
        { amount: 60, currency: 'USD' },
      ]),
    ).toBe('180.00 USD and 90.00 EUR');
  });

  it('is 0.00 when nothing posted', () => {
    expect(formatPostedTotal([])).toBe('0.00');
  });
});
