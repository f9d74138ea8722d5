import { shellMessage } from './shellMessage';

describe('shellMessage', () => {
  it('asks for a workbook in standalone mode, whatever the reason', () => {
    expect(shellMessage({ kind: 'standalone', reason: 'no-office-js' }).title).toBe('Standalone mode — open a workbook');
    expect(shellMessage({ kind: 'standalone', reason: 'no-office-host' }).title).toBe('Standalone mode — open a workbook');
  });

  it('says why it is standalone', () => {
    expect(shellMessage({ kind: 'standalone', reason: 'no-office-js' }).body).toContain("Office isn't available");
    expect(shellMessage({ kind: 'standalone', reason: 'no-office-host' }).body).toContain('Not running inside Excel');
  });

  it('names the workbook connection inside Excel', () => {
    expect(shellMessage({ kind: 'excel', officeBackground: null })).toEqual({
      title: 'Renewal Runs',
      body: 'Connected to this workbook.',
      role: 'status',
    });
  });

  it('shows a start-up failure as an alert with its message', () => {
    expect(shellMessage({ kind: 'failed', message: 'Office.onReady failed: boom' })).toEqual({
      title: 'Renewal Runs could not start',
      body: 'Office.onReady failed: boom',
      role: 'alert',
    });
  });
});
