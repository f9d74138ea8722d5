import { makeInvoice, makeProduct } from '../../engine/testing/recordBuilders';
import { invoiceCurrencyOf } from './invoiceCurrencyOf';

const currencyOf = invoiceCurrencyOf([makeProduct({ product: 'Annual', currency: 'USD' }), makeProduct({ product: 'Annual EU', currency: 'EUR' })]);

describe('invoiceCurrencyOf', () => {
  it.each([
    ['its Currency cell, before its product’s', { currency: 'USD', product: 'Annual EU' }, 'USD'],
    ['its product’s currency when its Currency is blank', { currency: null, product: ' annual eu ' }, 'EUR'],
    ['null when its Currency is blank and its product unknown', { currency: null, product: 'Gone' }, null],
  ])('gives an invoice %s', (_label, over, expected) => {
    expect(currencyOf(makeInvoice(over))).toBe(expected);
  });
});
