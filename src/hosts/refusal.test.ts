import { Refusal } from './refusal';

describe('Refusal', () => {
  it('carries its code, its words and the facts behind them', () => {
    const refusal = new Refusal('UNKNOWN_RUN', "This workbook has no run 'NOPE'.", ['NIGHTLY']);
    expect(refusal).toBeInstanceOf(Error);
    expect(refusal).toMatchObject({ name: 'Refusal', code: 'UNKNOWN_RUN', message: "This workbook has no run 'NOPE'.", details: ['NIGHTLY'] });
  });
});
