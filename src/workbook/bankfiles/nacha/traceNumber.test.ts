import { MAX_TRACE_SEQUENCE, nextTraceSequence, traceNumber } from './traceNumber';

const ODFI = '12104288';

describe('traceNumber', () => {
  it.each([
    [1, '121042880000001'],
    [42, '121042880000042'],
    [MAX_TRACE_SEQUENCE, '121042889999999'],
  ])('writes sequence %d after the ODFI as %p when the sequence is in range', (sequence, trace) => {
    expect(traceNumber(ODFI, sequence)).toBe(trace);
  });

  it.each([0, -1, 1.5, MAX_TRACE_SEQUENCE + 1, Number.NaN])('throws when the sequence is %p', (sequence) => {
    expect(() => traceNumber(ODFI, sequence)).toThrow(/sequence/);
  });

  it.each(['1210428', '121042882', '1210428A'])('throws when the ODFI is %p', (odfi) => {
    expect(() => traceNumber(odfi, 1)).toThrow(/ODFI/);
  });
});

describe('nextTraceSequence', () => {
  it.each<[string, (string | null)[], number]>([
    ['no references', [], 1],
    ['only blanks', [null, '', '  '], 1],
    ['traces of this ODFI', ['121042880000007', '121042880000003'], 8],
    ['a trace with blanks around it', [' 121042880000012 '], 13],
    ['traces of another ODFI only', ['999999990000500'], 1],
    ['traces of another ODFI beside ours', ['121042880000002', '999999990000500'], 3],
    ['SEPA EndToEndIds and short numbers', ['INV-0001-1', '12104288000009', '1210428800000099'], 1],
    ['the highest sequence', ['121042889999998'], MAX_TRACE_SEQUENCE],
    ['the last sequence, so it wraps', ['121042880000004', '121042889999999'], 1],
  ])('answers %s → %d when the references are %p', (_case, references, next) => {
    expect(nextTraceSequence(references, ODFI)).toBe(next);
  });

  it('reads any iterable once when given a generator', () => {
    function* references() {
      yield '121042880000005';
      yield null;
    }
    expect(nextTraceSequence(references(), ODFI)).toBe(6);
  });

  it('gives a trace number no earlier export used when its sequence is written with traceNumber', () => {
    const used = ['121042880000001', '121042880000002'];
    expect(used).not.toContain(traceNumber(ODFI, nextTraceSequence(used, ODFI)));
  });
});
