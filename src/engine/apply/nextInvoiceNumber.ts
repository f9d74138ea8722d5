/**
 * One more than the highest number already used with `prefix` (SPEC §5: "`Invoice Prefix` +
 * one more than the highest number already used with that prefix in Invoices (starting at 1)").
 *
 * An ID counts only when it is exactly `prefix` followed by ASCII digits: the prefix is
 * compared case-sensitively (`inv-000099` is not an `INV-` number), and `INV-12A` is not a
 * number at all. Leading zeros do not matter (`INV-0000012` is 12). Surrounding spaces are
 * trimmed, as every cell is (SPEC §2).
 *
 * Numbers are compared as digit strings and returned as a `bigint`, so an ID typed with more
 * digits than a double holds exactly (`INV-9007199254740993`) is still never reused.
 *
 * @example
 * nextInvoiceNumber([], 'INV-')                                 // → 1n
 * nextInvoiceNumber(['INV-000041', 'INV-000007', 'X-000050'], 'INV-') // → 42n
 */
export function nextInvoiceNumber(usedIds: Iterable<string>, prefix: string): bigint {
  // The highest number so far is kept as the ID that holds it and where its digits start, and
  // numbers are compared in place: a post reads every Invoice ID of the sheet, and a substring
  // or two per ID would be a hundred thousand strings for nothing.
  let highestId = '';
  let highestFrom = 0;
  for (const raw of usedIds) {
    const id = raw.trim();
    if (!id.startsWith(prefix)) continue;
    const from = numberStart(id, prefix.length);
    if (from === null) continue;
    if (isGreater(id, from, highestId, highestFrom)) {
      highestId = id;
      highestFrom = from;
    }
  }
  return BigInt(highestId.slice(highestFrom) || '0') + 1n;
}

/**
 * An Invoice ID: the prefix and the number zero-padded to 6 digits (SPEC §5); a number that
 * needs more digits keeps them all, so IDs stay unique past 999999.
 *
 * @example
 * formatInvoiceId('INV-', 42n)      // → 'INV-000042'
 * formatInvoiceId('R-', 1000000n)   // → 'R-1000000'
 */
export function formatInvoiceId(prefix: string, number: bigint): string {
  return prefix + number.toString().padStart(6, '0');
}

/**
 * Where the number written from `start` to the end of `id` begins once its leading zeros are
 * skipped (`id.length` for zero); `null` when that part is empty or not only ASCII digits.
 */
function numberStart(id: string, start: number): number | null {
  if (start === id.length) return null;
  let from = id.length;
  for (let i = start; i < id.length; i++) {
    const code = id.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    if (code !== 48 && from === id.length) from = i;
  }
  return from;
}

/** Whether the digits of `a` from `aFrom` are a larger number than those of `b` from `bFrom` (both without leading zeros). */
function isGreater(a: string, aFrom: number, b: string, bFrom: number): boolean {
  const length = a.length - aFrom;
  if (length !== b.length - bFrom) return length > b.length - bFrom;
  for (let i = 0; i < length; i++) {
    const difference = a.charCodeAt(aFrom + i) - b.charCodeAt(bFrom + i);
    if (difference !== 0) return difference > 0;
  }
  return false;
}
