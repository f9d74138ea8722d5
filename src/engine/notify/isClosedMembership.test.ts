import { isClosedMembership } from './isClosedMembership';

describe('isClosedMembership', () => {
  it.each([
    ['Dropped', 'Dropped', true],
    ['Cancelled', 'Dropped', true],
    ['dropped', 'Dropped', true],
    ['CANCELLED ', 'Dropped', true],
    ['Lapsed', 'lapsed', true],
    ['Dropped', 'Lapsed', true],
    ['Active', 'Dropped', false],
    ['Expired', 'Dropped', false],
    ['Pending', 'Dropped', false],
  ])('is %s with Dropped Status %s → %s', (status, droppedStatus, expected) => {
    expect(isClosedMembership(status, droppedStatus)).toBe(expected);
  });
});
