import { onlyBatches, sampleBatches } from '../batches/testing/sampleBatches';
import { postSummaryLines } from './postSummaryLines';

describe('postSummaryLines', () => {
  it('gives renewal invoices a line of their own when the post appended some', () => {
    const lines = postSummaryLines(sampleBatches());
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^2 renewal invoices \S+ … \S+, total 215\.50 USD$/);
    expect(lines[1]).toMatch(/^3 notices, 1 lapses, \d+ drops \(open balance cancelled [\d,.]+ USD\), 1 activations, \d+ payments$/);
  });

  it('counts every other action, zeros included, when the post appended no invoice', () => {
    expect(postSummaryLines(onlyBatches())).toEqual(['0 notices, 0 lapses, 0 drops (open balance cancelled 0.00), 0 activations, 0 payments']);
  });
});
