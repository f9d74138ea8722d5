import { messageIdFor } from './messageIdFor';

describe('messageIdFor', () => {
  it('derives the ID from run, date and key', () => {
    expect(messageIdFor('NIGHTLY', '2026-11-30', 'renew:M-1', 'example.org')).toMatch(/^NIGHTLY\.2026-11-30\.renew_M-1\.[0-9a-f]{8}@example\.org$/);
    expect(messageIdFor('NIGHTLY', '2026-11-30', 'renew:M-1', 'example.org')).toBe(messageIdFor('NIGHTLY', '2026-11-30', 'renew:M-1', 'example.org'));
  });

  it('stays unique when keys differ only in characters it replaces', () => {
    const ids = ['renew:M-1', 'renew_M-1', 'renew.M-1', 'renew M-1'].map((key) => messageIdFor('R', '2026-11-30', key, 'example.org'));
    expect(new Set(ids).size).toBe(4);
  });

  it.each([
    ['Run 1:x', 'notify:INV 7', 'mail.example.org', /^Run_1_x\.2026-11-30\.notify_INV_7\.[0-9a-f]{8}@mail\.example\.org$/],
    ['Ρ', '', '.bad domain.', /^_\.2026-11-30\._\.[0-9a-f]{8}@bad_domain$/],
    ['R', 'k', '', /^R\.2026-11-30\.k\.[0-9a-f]{8}@localhost$/],
  ])('makes a dot-atom of run %p, key %p, domain %p', (runId, key, domain, expected) => {
    expect(messageIdFor(runId, '2026-11-30', key, domain)).toMatch(expected);
  });
});
