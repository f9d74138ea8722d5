import { pauseForTest } from './pauseForTest';

describe('pauseForTest', () => {
  it('returns at once unless the environment names this step', () => {
    expect(pauseForTest('renamed', {})).toBeUndefined();
    expect(pauseForTest('renamed', { RENEWAL_RUNS_TEST_PAUSE_AT: 'locked' })).toBeUndefined();
  });
  // That it pauses at each named step is shown by the kill tests (fileSafetyProcesses.test.ts).
});
