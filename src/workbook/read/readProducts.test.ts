import type { Cell } from '../sheetGrid';
import { readProducts } from './readProducts';
import { sheet } from './testing/sheetGrids';

const read = (cells: Cell[][]) => readProducts(sheet('Products', cells), { date1904: false, dateOrder: 'YMD' });

describe('readProducts', () => {
  it('reads products with Term Months 12 and Currency USD by default', () => {
    expect(
      read([
        ['Product', 'Price'],
        ['Annual', 120],
        ['Free', 0],
      ]).records,
    ).toEqual([
      { row: 2, product: 'Annual', price: 120, termMonths: 12, currency: 'USD' },
      { row: 3, product: 'Free', price: 0, termMonths: 12, currency: 'USD' },
    ]);
  });

  it('reads Term Months and Currency when given', () => {
    expect(
      read([
        ['Product', 'Price', 'Term Months', 'Currency'],
        ['Monthly', 10, 1, 'eur'],
      ]).records[0],
    ).toMatchObject({
      termMonths: 1,
      currency: 'EUR',
    });
  });

  it.each<[Cell, Cell, string, string]>([
    [-5, null, 'Price', 'Price -5 is negative'],
    ['120', null, 'Price', "Price '120' is text, not a number"],
    [120, 0, 'Term Months', 'Term Months 0 is not between 1 and 120'],
    [120, 121, 'Term Months', 'Term Months 121 is not between 1 and 120'],
    [120, 1.5, 'Term Months', 'Term Months 1.5 is not a whole number'],
  ])('refuses Price %p with Term Months %p', (price, term, column, message) => {
    const result = read([
      ['Product', 'Price', 'Term Months'],
      ['Annual', price, term],
      ['Gold', 200, null],
    ]);
    expect(result.records.map((p) => p.product)).toEqual(['Gold']);
    expect(result.inputErrors).toEqual([{ sheet: 'Products', row: 2, column, message }]);
  });

  it('reports a product repeated on a later row (names compared like names) and keeps the first', () => {
    const result = read([
      ['Product', 'Price'],
      ['Gold', 200],
      [' gold ', 250],
      ['GOLD', 300],
    ]);
    expect(result.records).toEqual([{ row: 2, product: 'Gold', price: 200, termMonths: 12, currency: 'USD' }]);
    expect(result.inputErrors).toEqual([
      { sheet: 'Products', row: 3, column: 'Product', message: "Product 'gold' is already listed on row 2" },
      { sheet: 'Products', row: 4, column: 'Product', message: "Product 'GOLD' is already listed on row 2" },
    ]);
  });
});
