import { sampleBatches } from './testing/sampleBatches';
import { batchTable, emptyBatchTable } from './batchTable';
import { batchTotals, roundToCents, totalsRows } from './batchTotals';

describe('batchTotals', () => {
  it('counts the rows and sums the Amount column when the kind has amounts', () => {
    expect(batchTotals(batchTable('invoices', sampleBatches()))).toEqual({
      count: 2,
      amount: 215.5,
      currencies: [{ currency: 'USD', count: 2, amount: 215.5 }],
    });
  });

  it('rounds the sum to cents when float addition leaves a tail', () => {
    const table = { ...emptyBatchTable('notices'), rows: [[0.1], [0.2]].map((a) => [...Array(8).fill(null), a[0], 'USD']) };
    expect(batchTotals(table).amount).toBe(0.3);
  });

  it('has no amount when the kind has no Amount column (activations)', () => {
    expect(batchTotals(batchTable('activations', sampleBatches()))).toEqual({ count: 1, amount: null, currencies: [] });
  });

  it('never adds two currencies: one total per currency and no plain amount when the rows are in USD and EUR', () => {
    const batches = sampleBatches();
    batches.invoices[1] = { ...batches.invoices[1], amount: 90, currency: 'EUR' };
    batches.invoices.push({ ...batches.invoices[0], invoiceId: 'INV-000009', amount: 0.2 });
    expect(batchTotals(batchTable('invoices', batches))).toEqual({
      count: 3,
      amount: null,
      currencies: [
        { currency: 'USD', count: 2, amount: roundToCents(batches.invoices[0].amount + 0.2) },
        { currency: 'EUR', count: 1, amount: 90 },
      ],
    });
  });

  it('totals a batch sheet written before the Currency column as one blank currency', () => {
    const headers = emptyBatchTable('drops').headers.filter((h) => h !== 'Currency');
    const rows = [[...Array(headers.length - 1).fill(null), 10]];
    expect(batchTotals({ ...emptyBatchTable('drops'), headers, rows })).toEqual({
      count: 1,
      amount: 10,
      currencies: [{ currency: null, count: 1, amount: 10 }],
    });
  });

  it('is zero rows and 0 when the batch is empty', () => {
    expect(batchTotals(emptyBatchTable('drops'))).toEqual({ count: 0, amount: 0, currencies: [] });
  });
});

describe('roundToCents', () => {
  it.each([
    [0.1 + 0.2, 0.3],
    [1.005, 1.01],
    [-1.005, -1.01],
    [2.675, 2.68],
    [120, 120],
    [12.5, 12.5],
    [-0, 0],
  ])('rounds %p to %p', (amount, rounded) => {
    expect(Object.is(roundToCents(amount), rounded)).toBe(true);
  });
});

describe('totalsRows', () => {
  it('puts Total first, the row count second, the sum under Amount and the code under Currency when the kind has amounts', () => {
    expect(totalsRows(batchTable('invoices', sampleBatches()))).toEqual([['Total', 2, null, null, null, null, null, null, null, null, 215.5, 'USD']]);
  });

  it('writes one row per currency, each with its own count, when the rows are in two currencies', () => {
    const batches = sampleBatches();
    batches.invoices[1] = { ...batches.invoices[1], amount: 90, currency: 'EUR' };
    expect(totalsRows(batchTable('invoices', batches))).toEqual([
      ['Total', 1, null, null, null, null, null, null, null, null, batches.invoices[0].amount, 'USD'],
      ['Total', 1, null, null, null, null, null, null, null, null, 90, 'EUR'],
    ]);
  });

  it('only counts when the kind has no amounts', () => {
    expect(totalsRows(batchTable('activations', sampleBatches()))).toEqual([['Total', 1, null, null, null, null, null, null]]);
  });
});
