import { cellMoneyParts } from './cellMoney';

describe('cellMoneyParts', () => {
  it('gives one part per currency, never a sum, when the cell has several', () => {
    expect(cellMoneyParts({ amount: null, amounts: { USD: 1440, EUR: 300 } })).toEqual(['$1,440.00', '€300.00']);
  });

  it('gives the currency-formatted sum when the cell has one currency', () => {
    expect(cellMoneyParts({ amount: 1440, amounts: { USD: 1440 } })).toEqual(['$1,440.00']);
  });

  it('gives the plain amount when no currency holds it', () => {
    expect(cellMoneyParts({ amount: 75, amounts: {} })).toEqual(['75.00']);
  });

  it('gives nothing when the cell has no money', () => {
    expect(cellMoneyParts({ amount: 0, amounts: {} })).toEqual([]);
    expect(cellMoneyParts({ amount: null, amounts: {} })).toEqual([]);
  });
});
