import { outboxFileName } from './outboxFileName';

describe('outboxFileName', () => {
  it('names the file <Run ID>-<As Of>-<key with : as _>.eml', () => {
    expect(outboxFileName('NIGHTLY', '2026-11-30', 'renew:M-1')).toBe('NIGHTLY-2026-11-30-renew_M-1.eml');
  });

  it('replaces characters file systems refuse', () => {
    expect(outboxFileName('a/b\\c', '2026-11-30', 'k?%*|"<>:\r\n\t\u007f')).toBe('a_b_c-2026-11-30-k____________.eml');
  });

  it('keeps letters of any script', () => {
    expect(outboxFileName('Ανανέωση', '2026-11-30', 'notify:INV-000042')).toBe('Ανανέωση-2026-11-30-notify_INV-000042.eml');
  });
});
