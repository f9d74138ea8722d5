import { deriveRunId } from './deriveRunId';

describe('deriveRunId', () => {
  it.each([
    ['Nightly', 'NIGHTLY'],
    ['Gold renewals (May)', 'GOLD-RENEWALS-MAY'],
    ['Monthly renewals (Gold)', 'MONTHLY-RENEWALS-GOL'],
    ['  --Gold & Silver--  ', 'GOLD-SILVER'],
    ['Café Members', 'CAFE-MEMBERS'],
    ['run_1 test', 'RUN_1-TEST'],
    ['Annual renewals for all members', 'ANNUAL-RENEWALS-FOR'],
    ['Annual renewal of 2026 fees', 'ANNUAL-RENEWAL-OF-20'],
    ['ABCDEFGHIJKLMNOPQRS tail', 'ABCDEFGHIJKLMNOPQRS'],
    ['!!!', 'RUN'],
    ['会员续费', 'RUN'],
  ])('derives %p as %p', (name, id) => {
    expect(deriveRunId(name, new Set())).toBe(id);
  });

  it('appends -2 when the ID is taken', () => {
    expect(deriveRunId('Nightly', new Set(['NIGHTLY']))).toBe('NIGHTLY-2');
  });

  it('counts on until it finds a free ID', () => {
    expect(deriveRunId('Nightly', new Set(['NIGHTLY', 'NIGHTLY-2', 'NIGHTLY-3']))).toBe('NIGHTLY-4');
  });

  it('cuts the base so that a suffixed ID stays within 20 characters', () => {
    const id = deriveRunId('Annual renewals for all members', new Set(['ANNUAL-RENEWALS-FOR']));
    expect(id).toBe('ANNUAL-RENEWALS-FO-2');
    expect(id.length).toBeLessThanOrEqual(20);
  });

  it('does not leave a dash before the suffix when the cut ends on one', () => {
    // 'ABCDEFGHIJKLMNOPQ-ST' cut to 18 characters ends with '-'.
    expect(deriveRunId('abcdefghijklmnopq st', new Set(['ABCDEFGHIJKLMNOPQ-ST']))).toBe('ABCDEFGHIJKLMNOPQ-2');
  });

  it('does not change the set of taken IDs', () => {
    const taken = new Set(['NIGHTLY']);
    deriveRunId('Nightly', taken);
    expect([...taken]).toEqual(['NIGHTLY']);
  });
});
