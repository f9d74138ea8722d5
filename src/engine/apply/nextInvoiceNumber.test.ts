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
    ['keeps the highest when a lower one of as many digits follows it', ['INV-000050', 'INV-000049'], 'INV-', 51n],
    ['reads all zeros as 0', ['INV-0000'], 'INV-', 1n],
    ['compares numbers, not how many zeros lead them', ['INV-0100', 'INV-99', 'INV-00000000099'], 'INV-', 101n],
    ['ignores digits that are not ASCII', ['INV-٣٣', 'INV-000007'], 'INV-', 8n],
  ])('%s', (_name, ids, prefix, expected) => {
    expect(nextInvoiceNumber(ids, prefix)).toBe(expected);
  });

  it('agrees with reading each number as a BigInt, on random IDs', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 200; round++) {
      const ids = Array.from(
        { length: 1 + random(8) },
        () => `${random(5) === 0 ? 'X-' : 'R-'}${'0'.repeat(random(3))}${random(5) === 0 ? '' : random(10 ** (1 + random(6)))}`,
      );
      const numbers = ids.filter((id) => /^R-[0-9]+$/.test(id)).map((id) => BigInt(id.slice(2)));
      const expected = numbers.reduce((a, b) => (b > a ? b : a), 0n) + 1n;
      expect(nextInvoiceNumber(ids, 'R-')).toBe(expected);
    }
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
