import { sampleBatches } from './testing/sampleBatches';
import { batchTable, emptyBatchTable } from './batchTable';
import { batchTotals, roundToCents, totalsRow } from './batchTotals';

describe('batchTotals', () => {
  it('counts the rows and sums the Amount column when the kind has amounts', () => {
    expect(batchTotals(batchTable('invoices', sampleBatches()))).toEqual({ count: 2, amount: 215.5 });
  });

  it('rounds the sum to cents when float addition leaves a tail', () => {
    const table = { ...emptyBatchTable('notices'), rows: [[0.1], [0.2]].map((a) => [...Array(8).fill(null), a[0]]) };
    expect(batchTotals(table).amount).toBe(0.3);
  });

  it('has no amount when the kind has no Amount column (activations)', () => {
    expect(batchTotals(batchTable('activations', sampleBatches()))).toEqual({ count: 1, amount: null });
  });

  it('is zero rows and 0 when the batch is empty', () => {
    expect(batchTotals(emptyBatchTable('drops'))).toEqual({ count: 0, amount: 0 });
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

describe('totalsRow', () => {
  it('puts Total first, the row count second and the sum under Amount when the kind has amounts', () => {
    expect(totalsRow(batchTable('invoices', sampleBatches()))).toEqual(['Total', 2, null, null, null, null, null, null, null, null, 215.5]);
  });

  it('only counts when the kind has no amounts', () => {
    expect(totalsRow(batchTable('activations', sampleBatches()))).toEqual(['Total', 1, null, null, null, null, null, null]);
  });
});
