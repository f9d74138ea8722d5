import { formatInvoiceId, nextInvoiceNumber } from './nextInvoiceNumber';

describe('nextInvoiceNumber', () => {
  it.each<[string, string[], string, bigint]>([
    ['starts at 1 when no ID is used', [], 'INV-', 1n],
    ['is one more than the highest', ['INV-000041', 'INV-000007'], 'INV-', 42n],
    ['ignores gaps', ['INV-000001', 'INV-000041'], 'INV-', 42n],
    ['ignores leading zeros', ['INV-0000045', 'INV-44'], 'INV-', 46n],
    ['ignores other prefixes and letter case', ['X-000050', 'inv-000099', 'INV-000003'], 'INV-', 4n],
    ['ignores IDs that are not prefix + digits', ['INV-12A', 'INV-', 'INV- 12', 'INV-1.5', 'INV-000002'], 'INV-', 3n],
    ['trims surrounding spaces', [' INV-000010 '], 'INV-', 11n],
    ['reads an empty prefix as digits only', ['000012', 'INV-000090'], '', 13n],
    ['keeps numbers beyond 2^53 exact', ['INV-9007199254740993'], 'INV-', 9007199254740994n],
  ])('%s', (_name, ids, prefix, expected) => {
    expect(nextInvoiceNumber(ids, prefix)).toBe(expected);
  });

  it('reads any iterable, once', () => {
    function* ids() {
      yield 'R-000005';
      yield 'R-000009';
    }
    expect(nextInvoiceNumber(ids(), 'R-')).toBe(10n);
  });
});

describe('formatInvoiceId', () => {
  it.each<[string, bigint, string]>([
    ['INV-', 1n, 'INV-000001'],
    ['INV-', 999999n, 'INV-999999'],
    ['INV-', 1000000n, 'INV-1000000'],
    ['R-', 42n, 'R-000042'],
  ])('formats %s and %s as %s', (prefix, number, expected) => {
    expect(formatInvoiceId(prefix, number)).toBe(expected);
  });
});
