import { sequenceType } from './sequenceType';

describe('sequenceType', () => {
  it.each([
    [null, null, 'FRST'],
    ['MD-1', null, 'FRST'],
    ['MD-2', 'MD-1', 'FRST'],
    ['MD-1', 'MD-1', 'RCUR'],
  ] as const)('is %s/%s → %s', (mandateId, lastMandateCollected, expected) => {
    expect(sequenceType({ mandateId, lastMandateCollected })).toBe(expected);
  });
});
