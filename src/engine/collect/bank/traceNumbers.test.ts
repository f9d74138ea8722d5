import { assignTraceNumbers } from './traceNumbers';

const invoices = (...references: (string | null)[]) => references;

describe('assignTraceNumbers', () => {
  it('starts at 1 when no invoice has a trace of that ODFI', () => {
    expect([...assignTraceNumbers(['a', 'b'], invoices(null, 'INV-000001-1', '021000020000099'), '01100001').values()]).toEqual([
      '011000010000001',
      '011000010000002',
    ]);
  });

  it('counts on from the highest trace of the ODFI when earlier posts used some', () => {
    expect(assignTraceNumbers(['a'], invoices('011000010000041', '011000010000042', '011000010000007'), '01100001').get('a')).toBe('011000010000043');
  });

  it('starts again at 1 when the sequence would pass 9,999,999', () => {
    expect([...assignTraceNumbers(['a', 'b'], invoices('011000019999998'), '01100001').values()]).toEqual(['011000019999999', '011000010000001']);
  });
});
