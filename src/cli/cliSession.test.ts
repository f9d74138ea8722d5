import { hostname } from 'node:os';
import { cliSession } from './cliSession';

describe('cliSession', () => {
  it('is cli:<hostname>:<pid>', () => {
    expect(cliSession({})).toBe(`cli:${hostname()}:${process.pid}`);
  });

  it('is RENEWAL_RUNS_SESSION when set', () => {
    expect(cliSession({ RENEWAL_RUNS_SESSION: ' cli:nightly-cron ' })).toBe('cli:nightly-cron');
    expect(cliSession({ RENEWAL_RUNS_SESSION: '' })).toBe(`cli:${hostname()}:${process.pid}`);
  });
});
