import { currencyMismatch } from './decideSettlement';

describe('currencyMismatch', () => {
  it.each([
    ['EUR', 'USD', { code: 'CURRENCY_MISMATCH', currency: 'EUR', invoiceCurrency: 'USD' }],
    ['eur', 'usd', { code: 'CURRENCY_MISMATCH', currency: 'EUR', invoiceCurrency: 'USD' }],
    ['EUR', 'EUR', null],
    ['eur', 'EUR', null],
    [null, 'USD', null],
    ['EUR', null, null],
  ])('compares %p with the invoice’s %p when both may be known', (currency, invoiceCurrency, expected) => {
    expect(currencyMismatch(currency, invoiceCurrency)).toEqual(expected);
  });
});
