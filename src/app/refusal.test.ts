import { isRefusal, Refusal } from './refusal';

describe('Refusal', () => {
  it('carries its code, its words and the facts behind them', () => {
    const refusal = new Refusal('UNKNOWN_RUN', "This workbook has no run 'NOPE'.", ['NIGHTLY']);
    expect(refusal).toBeInstanceOf(Error);
    expect(refusal).toMatchObject({ name: 'Refusal', code: 'UNKNOWN_RUN', message: "This workbook has no run 'NOPE'.", details: ['NIGHTLY'] });
  });
});

describe('isRefusal', () => {
  it('tells a refusal from a bug', () => {
    expect(isRefusal(new Refusal('BAD_DATE', 'no'))).toBe(true);
    expect(isRefusal(new Error('boom'))).toBe(false);
  });
});
