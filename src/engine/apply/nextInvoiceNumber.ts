const DIGITS = /^[0-9]+$/;

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
  let highest = '0';
  for (const raw of usedIds) {
    const id = raw.trim();
    if (!id.startsWith(prefix)) continue;
    const digits = id.slice(prefix.length);
    if (!DIGITS.test(digits)) continue;
    const number = digits.replace(/^0+/, '') || '0';
    if (isGreater(number, highest)) highest = number;
  }
  return BigInt(highest) + 1n;
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

/** Whether digit string `a` (no leading zeros) is a larger number than `b`. */
function isGreater(a: string, b: string): boolean {
  return a.length !== b.length ? a.length > b.length : a > b;
}
