import { cellMoneyColumn, cellMoneyParts, cellsCurrencies } from './cellMoney';

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

describe('cellMoneyColumn', () => {
  it("shows the cell's amount in the table's one currency, zero included, when there is one", () => {
    expect(cellMoneyColumn({ amount: 1440, amounts: { USD: 1440 } }, ['USD'])).toEqual(['$1,440.00']);
    expect(cellMoneyColumn({ amount: 0, amounts: {} }, ['EUR'])).toEqual(['€0.00']);
  });

  it('shows the plain amount when the table has no currency', () => {
    expect(cellMoneyColumn({ amount: 75, amounts: {} }, [])).toEqual(['75.00']);
    expect(cellMoneyColumn({ amount: null, amounts: {} }, [])).toEqual(['0.00']);
  });

  it('shows each currency of the cell, and 0.00 for none, when the table has several', () => {
    expect(cellMoneyColumn({ amount: null, amounts: { USD: 1440, EUR: 300 } }, ['USD', 'EUR'])).toEqual(['$1,440.00', '€300.00']);
    expect(cellMoneyColumn({ amount: null, amounts: {} }, ['USD', 'EUR'])).toEqual(['0.00']);
  });
});

describe('cellsCurrencies', () => {
  it('lists the currencies in order of first appearance when cells share some', () => {
    expect(
      cellsCurrencies([
        { amount: null, amounts: { USD: 1 } },
        { amount: null, amounts: { EUR: 2, USD: 3 } },
      ]),
    ).toEqual(['USD', 'EUR']);
  });

  it('is empty when no cell has a currency', () => {
    expect(cellsCurrencies([{ amount: 5, amounts: {} }])).toEqual([]);
  });
});
